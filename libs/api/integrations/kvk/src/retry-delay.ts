/**
 * Exponential backoff with jitter: attempt 0 waits about `baseMs`, attempt 1 about twice that,
 * and so on. Half the delay is random so that many clients hitting the same failure (a KvK
 * hiccup affects every user at once) do not all come back at the same moment.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** attempt;
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: either delay-seconds or an
 * HTTP date. Null when absent or unreadable.
 */
export function retryAfterDelay(header: string | null, now: number = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
