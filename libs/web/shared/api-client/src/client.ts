import createClient, { type Client } from 'openapi-fetch';
import { ApiError } from './problem';
import type { paths } from './types';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Origin of the API; '' (same origin) in the browser, where /api is proxied in development. */
  baseUrl?: string;
  /** Current access token, or null when signed out. Called before every request. */
  getAccessToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** Called once per 401 answer: the session expired or was revoked. */
  onUnauthorized?: (error: ApiError) => void;
  fetch?: (request: Request) => Promise<Response>;
}

/** The typed client of `/api/v1`: bearer token on every call, 401s reported to the session layer. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { Accept: 'application/json, application/problem+json' },
  });
  client.use({
    async onRequest({ request }) {
      const token = await options.getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.status === 401 && options.onUnauthorized) {
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => null);
        options.onUnauthorized(ApiError.fromResponse(response, body));
      }
      return undefined;
    },
  });
  return client;
}

type Outcome<D> = { data?: D; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError}: a problem
 * for non-2xx answers, `kind: 'network'` when no answer came. Aborts are rethrown unchanged.
 */
export async function unwrap<D>(call: Promise<Outcome<D>>): Promise<D> {
  let outcome: Outcome<D>;
  try {
    outcome = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }
  const { data, error, response } = outcome;
  if (!response.ok || error !== undefined) throw ApiError.fromResponse(response, error);
  return data as D;
}

/** `"<version>"`, the ETag / If-Match value for a record version. */
export function etagFor(version: number | string): string {
  return `"${version}"`;
}

/** Removes empty strings, null and undefined so they are not sent as `?q=`. */
export function compactQuery<T extends Record<string, unknown>>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== '' && value !== null && value !== undefined)) as T;
}

/**
 * A reason for the `X-Reason` header. Header values must be Latin-1, so the text is always
 * percent-encoded (UTF-8); the API decodes it (decodeURIComponent) before the audit trail.
 */
export function reasonHeader(reason: string | undefined | null): { 'X-Reason': string } | Record<string, never> {
  const text = reason?.trim();
  return text ? { 'X-Reason': encodeURIComponent(text) } : {};
}
