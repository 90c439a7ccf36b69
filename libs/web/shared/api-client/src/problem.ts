import type { FieldError, ProblemDetails } from './types';

/** What went wrong, in terms the UI acts on. */
export type ApiErrorKind =
  | 'network'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'stale-version'
  | 'precondition-required'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'bad-request';

export function isProblemDetails(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['status'] === 'number' && typeof candidate['title'] === 'string';
}

function kindOf(status: number, code: string | undefined): ApiErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 412 || code === 'stale-version') return 'stale-version';
  if (status === 428) return 'precondition-required';
  if (status === 409) return 'conflict';
  if (status === 422 || code === 'validation-failed') return 'validation';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/**
 * An API call that failed: a problem+json answer, any other non-2xx answer, or no answer at all
 * (network failure). Carries the field errors keyed by the API's dotted field path.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; null when no response arrived. */
  readonly status: number | null;
  readonly problem: ProblemDetails | null;
  readonly fieldErrors: FieldError[];
  readonly requestId: string | null;

  constructor(init: { kind: ApiErrorKind; status: number | null; problem?: ProblemDetails | null; requestId?: string | null; message?: string; cause?: unknown }) {
    super(init.message ?? init.problem?.detail ?? init.problem?.title ?? init.kind, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.problem = init.problem ?? null;
    this.fieldErrors = init.problem?.errors ?? [];
    this.requestId = init.requestId ?? null;
  }

  /** Network failures, 5xx and rate limits are worth trying again; the rest needs a change first. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server' || this.kind === 'rate-limited';
  }

  /** The stable code from problem+json, e.g. `role-not-allowed` or `stale-version`. */
  get code(): string | null {
    return this.problem?.code ?? null;
  }

  static fromResponse(response: Response, body: unknown): ApiError {
    const problem = isProblemDetails(body) ? body : null;
    return new ApiError({
      kind: kindOf(response.status, problem?.code),
      status: response.status,
      problem,
      requestId: response.headers.get('x-request-id'),
    });
  }

  static network(cause: unknown): ApiError {
    return new ApiError({ kind: 'network', status: null, cause, message: 'Network request failed' });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * Field errors of a problem as `{ 'visitingAddress.postcode': 'Ongeldige postcode' }`, one
 * message per field (the API's Dutch messages joined when a field has several).
 */
export function fieldErrorMessages(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const messages: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) {
    const key = normaliseFieldPath(field);
    messages[key] = messages[key] ? `${messages[key]} ${message}` : message;
  }
  return messages;
}

/** `body.visitingAddress.postcode`, `/visitingAddress/postcode` and `sbiCodes[1]` → dotted paths. */
export function normaliseFieldPath(field: string): string {
  return field
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^(body|query|headers)\./, '');
}

/**
 * Splits field errors over the fields a form shows: `known` are shown next to their field,
 * `unplaced` (fields the form does not have, or a problem without field errors) go in the summary.
 */
export function mapFieldErrors(error: unknown, formFields: readonly string[]): { known: Record<string, string>; unplaced: string[] } {
  const all = fieldErrorMessages(error);
  const known: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(all)) {
    const target = formFields.includes(field)
      ? field
      : (formFields.find((candidate) => field.startsWith(`${candidate}.`)) ?? formFields.find((candidate) => candidate.startsWith(`${field}.`)));
    if (target) known[target] = known[target] ? `${known[target]} ${message}` : message;
    else unplaced.push(message);
  }
  return { known, unplaced };
}
