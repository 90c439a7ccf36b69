import type { DomainErrorKind } from '@gemeente-crm/api-kernel';

/** The one place where domain error kinds become HTTP status codes. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorKind, number> = {
  validation: 422,
  'not-found': 404,
  conflict: 409,
  'stale-version': 412,
  forbidden: 403,
  unavailable: 503,
};
