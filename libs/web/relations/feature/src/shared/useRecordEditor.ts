import { useCallback, useMemo, useState } from 'react';
import { type ApiError, isApiError, mapFieldErrors } from '@gemeente-crm/web-api-client';
import type { Conflict } from '@gemeente-crm/web-forms';
import { useDraft } from '@gemeente-crm/web-ui';

export type { Conflict };

export interface RecordEditorConfig<Values, Rec> {
  /** sessionStorage key of the draft, e.g. `organisation:<id>:edit`. */
  draftKey: string;
  /** Edit mode: the record as loaded; create mode: undefined. */
  record: Rec | undefined;
  emptyValues: () => Values;
  toValues: (record: Rec) => Values;
  /** Field paths the form can show errors next to. */
  fields: readonly string[];
  /** Browser-side checks; `base` is the record being edited (undefined when creating). */
  validate: (values: Values, context: { reason: string; base: Rec | undefined }) => Record<string, string>;
  /** POST or PATCH (with If-Match from `base`). */
  save: (values: Values, base: Rec | undefined, reason: string) => Promise<Rec>;
  /** Fetches the current record (after a 412) to show what changed. */
  fetchCurrent?: () => Promise<Rec>;
  changedKeys: (a: Values, b: Values) => string[];
  reapply: (base: Values, mine: Values, theirs: Values) => Values;
}

interface DraftState<Values, Rec> {
  values: Values;
  reason: string;
  /** The record version the edit started from (sent as If-Match). */
  base: Rec | null;
}

/**
 * State and behaviour shared by the create/edit forms: values kept as a draft (nothing typed is
 * lost on reload, expired session or failure), client checks, server field errors mapped to
 * fields, calm retry for network/5xx, and the 412 conflict flow (compare with a fresh GET,
 * re-apply or discard; never overwrite silently).
 */
export function useRecordEditor<Values, Rec>(config: RecordEditorConfig<Values, Rec>) {
  const { record, toValues, emptyValues } = config;
  const draft = useDraft<DraftState<Values, Rec>>(config.draftKey, () => ({
    values: record ? toValues(record) : emptyValues(),
    reason: '',
    base: record ?? null,
  }));
  const { value: state, setValue: setState } = draft;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [conflict, setConflict] = useState<Conflict<Values, Rec> | null>(null);
  const [conflictLoading, setConflictLoading] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const [reapplied, setReapplied] = useState(false);

  const baseValues = useMemo(() => (state.base ? toValues(state.base) : emptyValues()), [state.base, toValues, emptyValues]);
  const { changedKeys } = config;
  const dirty = useMemo(() => changedKeys(baseValues, state.values).length > 0 || state.reason.trim() !== '', [baseValues, state.values, state.reason, changedKeys]);

  const setValues = useCallback(
    (update: (previous: Values) => Values) => setState((previous) => ({ ...previous, values: update(previous.values) })),
    [setState],
  );
  const setReason = useCallback((reason: string) => setState((previous) => ({ ...previous, reason })), [setState]);
  const clearError = useCallback((field: string) => {
    setErrors((previous) => {
      if (!(field in previous)) return previous;
      const next = { ...previous };
      delete next[field];
      return next;
    });
  }, []);

  const submit = async (): Promise<Rec | null> => {
    const current = config;
    setSubmitCount((count) => count + 1);
    setFailure(null);
    const clientErrors = current.validate(state.values, { reason: state.reason.trim(), base: state.base ?? undefined });
    if (Object.keys(clientErrors).length) {
      setErrors(clientErrors);
      setSummary([]);
      return null;
    }
    setSubmitting(true);
    try {
      const saved = await current.save(state.values, state.base ?? undefined, state.reason.trim());
      draft.clear();
      setErrors({});
      setSummary([]);
      setReapplied(false);
      return saved;
    } catch (error) {
      if (isApiError(error) && error.kind === 'validation') {
        const { known, unplaced } = mapFieldErrors(error, current.fields);
        setErrors(known);
        setSummary(unplaced.length || Object.keys(known).length ? unplaced : [error.problem?.detail ?? error.message]);
      } else if (isApiError(error) && error.kind === 'stale-version' && current.fetchCurrent && state.base) {
        setConflictLoading(true);
        try {
          const fresh = await current.fetchCurrent();
          setConflict({ base: current.toValues(state.base), mine: state.values, theirs: current.toValues(fresh), current: fresh });
        } catch (freshError) {
          setFailure(isApiError(freshError) ? freshError : (error as ApiError));
        } finally {
          setConflictLoading(false);
        }
      } else {
        setFailure(error instanceof Error ? error : new Error(String(error)));
      }
      return null;
    } finally {
      setSubmitting(false);
    }
  };

  /** Take the newest version and put the user's own changes back on top; the user saves again. */
  const { reapply } = config;
  const reapplyChanges = useCallback(() => {
    if (!conflict) return;
    const values = reapply(conflict.base, conflict.mine, conflict.theirs);
    setState((previous) => ({ ...previous, values, base: conflict.current }));
    setConflict(null);
    setReapplied(true);
    setErrors({});
    setSummary([]);
  }, [conflict, reapply, setState]);

  /** Drop the user's changes and continue from the newest version. */
  const discardChanges = useCallback(() => {
    if (!conflict) return;
    draft.reset({ values: conflict.theirs, reason: '', base: conflict.current });
    setConflict(null);
    setReapplied(false);
    setErrors({});
    setSummary([]);
  }, [conflict, draft]);

  const discardDraft = useCallback(() => {
    draft.reset({ values: record ? toValues(record) : emptyValues(), reason: '', base: record ?? null });
    setErrors({});
    setSummary([]);
    setFailure(null);
  }, [draft, record, toValues, emptyValues]);

  return {
    values: state.values,
    reason: state.reason,
    base: state.base,
    setValues,
    setReason,
    errors,
    clearError,
    summary,
    failure,
    submitting,
    submitCount,
    submit,
    dirty,
    restored: draft.restored,
    discardDraft,
    conflict,
    conflictLoading,
    reapplyChanges,
    discardChanges,
    reapplied,
    dismissReapplied: () => setReapplied(false),
  };
}

export type RecordEditor<Values, Rec> = ReturnType<typeof useRecordEditor<Values, Rec>>;
