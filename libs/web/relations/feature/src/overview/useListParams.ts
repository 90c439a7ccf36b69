import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '@gemeente-crm/web-ui';

export const PAGE_SIZES = [25, 50, 100] as const;

type Texts<F extends string> = Record<F, string>;

function textsFrom<F extends string>(fields: readonly F[], params: URLSearchParams): Texts<F> {
  return Object.fromEntries(fields.map((field) => [field, params.get(field) ?? ''])) as Texts<F>;
}

/**
 * List state in the URL (shareable, survives reload and Back): filters, sort, page, page size.
 * Text inputs (search, city, tag) are debounced before they reach the URL and the API; when the
 * URL changes from elsewhere (Back/Forward, "Filters wissen") the inputs follow it.
 */
export function useListParams<F extends string>(textFields: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const get = useCallback((name: string) => params.get(name) ?? '', [params]);

  // The parameters as last written. React Router renders a navigation later (in a transition) and
  // its functional setSearchParams starts from the rendered URL, so two quick changes (the
  // debounced search landing just as the user picks a filter) would lose one of them. Our own
  // writes on their way to the URL are `pending`; any other URL change (Back, a link) wins.
  const latest = useRef(params);
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const index = pending.current.indexOf(params.toString());
    if (index >= 0) {
      pending.current = pending.current.slice(index + 1);
      return;
    }
    pending.current = [];
    latest.current = params;
  }, [params]);

  const update = useCallback(
    (changes: Record<string, string | number | null | undefined>, options: { resetPage?: boolean } = {}) => {
      const next = new URLSearchParams(latest.current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      if (options.resetPage ?? true) next.delete('pagina');
      latest.current = next;
      pending.current.push(next.toString());
      setParams(next, { replace: true });
    },
    [setParams],
  );

  const [text, setText] = useState<Texts<F>>(() => textsFrom(textFields, params));
  const debounced = useDebouncedValue(text, 300);

  // URL changed by something other than our own debounced write: let the inputs follow.
  const urlKey = textFields.map((field) => params.get(field) ?? '').join('\u0000');
  const [seenUrlKey, setSeenUrlKey] = useState(urlKey);
  if (urlKey !== seenUrlKey) {
    setSeenUrlKey(urlKey);
    const fromUrl = textsFrom(textFields, params);
    if (textFields.some((field) => fromUrl[field] !== debounced[field].trim())) setText(fromUrl);
  }

  // Debounced typing goes to the URL (and so to the query).
  const lastDebounced = useRef(debounced);
  useEffect(() => {
    if (lastDebounced.current === debounced) return;
    lastDebounced.current = debounced;
    const changes: Record<string, string> = {};
    for (const field of textFields) if (debounced[field].trim() !== (params.get(field) ?? '')) changes[field] = debounced[field].trim();
    if (Object.keys(changes).length) update(changes);
  }, [debounced, params, textFields, update]);

  const setTextField = useCallback((field: F, value: string) => setText((previous) => ({ ...previous, [field]: value })), []);
  const clear = useCallback(() => {
    setText(Object.fromEntries(textFields.map((field) => [field, ''])) as Texts<F>);
    latest.current = new URLSearchParams();
    pending.current.push('');
    setParams(latest.current, { replace: true });
  }, [setParams, textFields]);

  const page = Math.max(1, Number.parseInt(get('pagina'), 10) || 1);
  const pageSizeParam = Number.parseInt(get('per'), 10);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(pageSizeParam) ? pageSizeParam : PAGE_SIZES[0];

  return { get, update, text, setTextField, clear, page, pageSize, params };
}
