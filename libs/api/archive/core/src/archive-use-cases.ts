import { ArchiveDocument } from './documents/archive-document.js';
import { DownloadDocument } from './documents/download-document.js';
import { GetDocument } from './documents/get-document.js';
import { ListDocuments } from './documents/list-documents.js';
import { StoreDocument } from './documents/store-document.js';

/**
 * Every use case of the archive domain, for the feature module's `providers`. Their
 * constructors ask for the archive ports (DocumentRepository, DocumentContentStore,
 * DocumentSubjects, DocumentLimits) and TransactionManager, AuditLog and Clock.
 */
export const ARCHIVE_USE_CASES = [StoreDocument, GetDocument, ListDocuments, DownloadDocument, ArchiveDocument] as const;
