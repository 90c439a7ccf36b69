export const ARCHIVE_OPTIONS = Symbol('ARCHIVE_OPTIONS');

export interface ArchiveModuleOptions {
  /** Largest document accepted, in bytes (DOCUMENT_MAX_BYTES). */
  maxDocumentBytes: number;
}
