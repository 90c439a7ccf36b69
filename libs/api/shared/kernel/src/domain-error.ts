/**
 * Errors the domain raises. Each carries a stable `code` that clients may rely on;
 * the HTTP layer maps the class to a status once, in one place.
 */
export interface FieldError {
  /** Dotted path of the offending field, e.g. `visitingAddress.postcode`. */
  field: string;
  /** Stable machine-readable code, e.g. `kvk-number.invalid`. */
  code: string;
  /** Human-readable explanation (Dutch, shown to staff). */
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    readonly code: string,
    message: string,
    /** Extra members for the problem document, e.g. a link to the record a conflict is with. */
    readonly extras: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type DomainErrorKind = 'validation' | 'not-found' | 'conflict' | 'stale-version' | 'forbidden' | 'unavailable';

/** Input breaks a domain rule; lists every offending field. */
export class ValidationError extends DomainError {
  readonly kind = 'validation' as const;
  constructor(
    readonly errors: FieldError[],
    message = 'De invoer is ongeldig.',
  ) {
    super('validation-failed', message);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found' as const;
}

/** The request conflicts with the current state (duplicate key, wrong status...). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
}

/** Someone else changed the record since the caller read it. */
export class StaleVersionError extends DomainError {
  readonly kind = 'stale-version' as const;
  constructor(
    readonly currentVersion: number,
    message = 'Het record is intussen door iemand anders gewijzigd.',
  ) {
    super('stale-version', message);
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}

/** An external system we depend on did not answer usefully. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable' as const;
}
