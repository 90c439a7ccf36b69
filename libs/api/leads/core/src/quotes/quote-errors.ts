import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function quoteNotFound(): NotFoundError {
  return new NotFoundError('quote.not-found', 'De offerte bestaat niet (bij deze lead).');
}

export function quoteLeadNotFound(): NotFoundError {
  return new NotFoundError('lead.not-found', 'De lead bestaat niet.');
}

/** Accepted quotes are final; sent ones are changed through a new revision. */
export function quoteNotEditable(): ConflictError {
  return new ConflictError('quote.not-editable', 'Alleen een offerte in concept kan worden gewijzigd; maak een nieuwe versie van een verzonden offerte.');
}

export function quoteNotRevisable(): ConflictError {
  return new ConflictError('quote.not-revisable', 'Alleen van een verzonden of afgewezen offerte kan een nieuwe versie worden gemaakt.');
}

export function quoteWithoutLines(): ConflictError {
  return new ConflictError('quote.no-lines', 'Een offerte zonder regels kan niet worden verzonden.');
}

/** The relation answers the version they received; an older one has been replaced. */
export function quoteNotLatestRevision(latest: number): ConflictError {
  return new ConflictError('quote.not-latest-version', `Alleen de laatste versie (v${latest}) van de offerte kan worden geaccepteerd of afgewezen.`);
}

export function quoteRevisionNotFound(): NotFoundError {
  return new NotFoundError('quote.revision-not-found', 'Deze versie van de offerte bestaat niet of is nooit verzonden.');
}
