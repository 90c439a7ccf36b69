import type { Page, PageRequest } from '@gemeente-crm/api-kernel';
import type { Document, DocumentRef, DocumentSummary } from './document.js';

export interface DocumentListQuery extends PageRequest {
  linkedTo: DocumentRef;
  includeArchived?: boolean;
}

/**
 * Where document metadata and links are kept (not the bytes: DocumentContentStore). Called
 * inside `TransactionManager.run`, so writes here and the audit entry commit together.
 */
export abstract class DocumentRepository {
  /** Archived ones included, with their links. */
  abstract findById(id: string): Promise<Document | null>;

  abstract insert(document: Document): Promise<void>;

  /** Replaces the stored document (links included) only if its version is still `expectedVersion`. */
  abstract update(document: Document, expectedVersion: number): Promise<boolean>;

  /** Newest first. */
  abstract list(query: DocumentListQuery): Promise<Page<DocumentSummary>>;

  /**
   * Re-files every document linked to `from` on `to` (relations merged); a document linked to
   * both keeps one link. Bumps the version of each document moved, so an edit begun before
   * gets a 412. Returns the ids of the documents that moved.
   */
  abstract moveLinks(from: DocumentRef, to: DocumentRef): Promise<string[]>;
}
