/**
 * A tiny bridge from the API client (created outside React) to the session layer: a 401 answer
 * means the session expired or was revoked.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export const sessionEvents = {
  unauthorized(): void {
    for (const listener of listeners) listener();
  },
  onUnauthorized(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
