import type { DocumentRef } from './document.js';

/** What the archive needs to know about a record a document is filed on. */
export interface DocumentSubject {
  ref: DocumentRef;
  archived: boolean;
}

/**
 * Looks up the records documents are filed on (organisations, persons, contact moments...), so
 * the archive can refuse links to records that do not exist without knowing their domains.
 */
export abstract class DocumentSubjects {
  /** Null when there is no such record (or its domain does not exist yet). */
  abstract find(ref: DocumentRef): Promise<DocumentSubject | null>;
}
