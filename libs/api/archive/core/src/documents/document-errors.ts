import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function documentNotFound(): NotFoundError {
  return new NotFoundError('document.not-found', 'Het document bestaat niet.');
}

export function documentArchived(): ConflictError {
  return new ConflictError('document.archived', 'Het document is al gearchiveerd.');
}

/** The metadata is there but the bytes are not: the content store lost them (or never got them). */
export function documentContentMissing(): NotFoundError {
  return new NotFoundError('document.content-missing', 'De inhoud van dit document is niet (meer) beschikbaar.');
}
