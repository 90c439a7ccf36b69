import { kvkAccessDenied, kvkUnavailable } from './kvk-errors.js';
import { backoffDelay, retryAfterDelay } from './retry-delay.js';

export interface KvkHttpOptions {
  /** Up to but not including the API version, e.g. https://api.kvk.nl/api. */
  baseUrl: string;
  apiKey: string;
  /** Per attempt, including reading the body. Default 5 s. */
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx and network errors. Default 3. */
  maxRetries?: number;
  /** First backoff step. Default 250 ms. */
  retryBaseDelayMs?: number;
  /**
   * The longest wait before a retry, whether from backoff or from `Retry-After`. A user is
   * waiting for the answer: when KvK asks for a longer pause we report it unavailable instead.
   * Default 5 s.
   */
  maxRetryDelayMs?: number;
  /** For tests: jitter and waiting. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** An answer the caller interprets: 2xx, or a 4xx other than 401/403/429. */
export interface KvkHttpResponse {
  status: number;
  /** Parsed JSON; null when the body was empty or not JSON (e.g. a gateway's HTML page). */
  body: unknown;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Duck-typed rather than `instanceof`: fetch's errors (DOMException, TypeError) may come from
// another realm than this module's Error, e.g. under a test runner's VM.
function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function isTimeout(error: unknown): boolean {
  return errorName(error) === 'TimeoutError' || errorName(error) === 'AbortError';
}

function describeError(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('message' in error)) return String(error);
  const cause = 'cause' in error && typeof error.cause === 'object' && error.cause !== null && 'message' in error.cause ? `: ${String(error.cause.message)}` : '';
  return `${String(error.message)}${cause}`;
}

/** A body for the log: enough to see KvK's error code, never a whole page. */
function summary(body: unknown): string {
  const json = JSON.stringify(body) ?? '';
  return json.length > 300 ? `${json.slice(0, 300)}…` : json;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * GET requests to KvK with its `apikey` header, a timeout per attempt and retries where a
 * retry can help: rate limiting (429), server errors (5xx) and connections that fail.
 *
 * A timeout is not retried: KvK answering slowly is usually KvK being overloaded, and a
 * retry would make the user who is waiting wait a multiple of the timeout. 401 and 403 are
 * not retried either: a refused key stays refused.
 */
export class KvkHttpClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly retryBaseDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: KvkHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.maxRetries = options.maxRetries ?? 3;
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 250;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5000;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /**
   * @param path from the version on, e.g. `/v2/zoeken`
   * @throws UnavailableError `kvk.unavailable` when KvK does not answer usefully in time,
   *   `kvk.access-denied` when it refuses the API key
   */
  async get(path: string, query?: URLSearchParams): Promise<KvkHttpResponse> {
    const url = `${this.baseUrl}${path}${query && query.size > 0 ? `?${query}` : ''}`;
    let failure = '';
    let attempts = 0;
    for (let attempt = 0; attempt <= this.maxRetries; attempt += 1) {
      attempts += 1;
      let status: number;
      let body: unknown;
      let retryAfter: string | null;
      try {
        const response = await fetch(url, {
          headers: { apikey: this.options.apiKey, accept: 'application/json' },
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        status = response.status;
        retryAfter = response.headers.get('retry-after');
        body = parseJson(await response.text());
      } catch (error) {
        if (isTimeout(error)) throw kvkUnavailable(`GET ${path}: no answer within ${this.timeoutMs} ms`);
        failure = `GET ${path}: ${describeError(error)}`;
        if (attempt === this.maxRetries) break;
        await this.sleep(this.backoff(attempt));
        continue;
      }

      if (status === 401 || status === 403) throw kvkAccessDenied(`GET ${path}: HTTP ${status} ${summary(body)}`);
      if (status !== 429 && status < 500) return { status, body };

      failure = `GET ${path}: HTTP ${status} ${summary(body)}`;
      if (attempt === this.maxRetries) break;
      const asked = retryAfterDelay(retryAfter);
      if (asked !== null && asked > this.maxRetryDelayMs) {
        failure += ` with Retry-After ${retryAfter}, longer than a user should wait`;
        break;
      }
      await this.sleep(asked ?? this.backoff(attempt));
    }
    throw kvkUnavailable(`${failure} (${attempts} attempt${attempts === 1 ? '' : 's'})`);
  }

  private backoff(attempt: number): number {
    return Math.min(backoffDelay(attempt, this.retryBaseDelayMs, this.random), this.maxRetryDelayMs);
  }
}
