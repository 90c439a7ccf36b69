import type { FieldError } from '@gemeente-crm/api-kernel';

/** RFC 9457 problem details, as the NL API Design Rules require for every error. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable error code. */
  code: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet aanvaardbaar',
  409: 'Conflict',
  412: 'Gewijzigd door een ander',
  413: 'Verzoek te groot',
  415: 'Niet-ondersteund mediatype',
  422: 'Ongeldige invoer',
  428: 'Versie ontbreekt',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

const DEFAULT_CODES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  412: 'stale-version',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation-failed',
  428: 'precondition-required',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'service-unavailable',
};

export function problemTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Serverfout' : 'Fout in het verzoek');
}

export function defaultProblemCode(status: number): string {
  return DEFAULT_CODES[status] ?? (status >= 500 ? 'internal-error' : 'bad-request');
}

export function problem(status: number, code: string, detail?: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return {
    type: `https://gemeente-crm.nl/problems/${code}`,
    title: problemTitle(status),
    status,
    code,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}
