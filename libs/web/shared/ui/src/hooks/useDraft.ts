import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'gemeente-crm.draft.';

export interface Draft<T> {
  value: T;
  savedAt: string;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readDraft<T>(key: string): Draft<T> | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Draft<T>;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ value, savedAt: new Date().toISOString() } satisfies Draft<T>));
  } catch {
    // Storage full or disabled: the in-memory form still has the input.
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Drafts present in this tab (shown on the "session expired" page). */
export function hasDrafts(): boolean {
  const store = storage();
  if (!store) return false;
  for (let i = 0; i < store.length; i += 1) if (store.key(i)?.startsWith(PREFIX)) return true;
  return false;
}

/** On logout: drafts may contain personal data and must not outlive the session. */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

/**
 * Form state that survives reloads, a re-login after an expired session and accidental
 * navigation: kept in sessionStorage (this tab only) under `key` until `discard()` or `clear()`.
 * `restored` tells the form to say "your unsaved changes were put back".
 */
export function useDraft<T>(key: string, initial: () => T, options: { enabled?: boolean } = {}) {
  const enabled = options.enabled ?? true;
  const [state, setState] = useState<{ value: T; restored: boolean }>(() => {
    const draft = enabled ? readDraft<T>(key) : null;
    return draft ? { value: draft.value, restored: true } : { value: initial(), restored: false };
  });
  const dirty = useRef(state.restored);

  useEffect(() => {
    if (enabled && dirty.current) writeDraft(key, state.value);
  }, [enabled, key, state.value]);

  const setValue = useCallback((update: T | ((previous: T) => T)) => {
    dirty.current = true;
    setState((previous) => ({ ...previous, value: typeof update === 'function' ? (update as (p: T) => T)(previous.value) : update }));
  }, []);

  /** Replace the value without treating it as user input (e.g. after loading a fresh record). */
  const reset = useCallback(
    (value: T) => {
      dirty.current = false;
      removeDraft(key);
      setState({ value, restored: false });
    },
    [key],
  );

  /** Forget the stored draft (after a successful save). */
  const clear = useCallback(() => {
    dirty.current = false;
    removeDraft(key);
  }, [key]);

  return { value: state.value, setValue, restored: state.restored, reset, clear };
}
