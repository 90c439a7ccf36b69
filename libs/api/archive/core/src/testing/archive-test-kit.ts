import type { Actor, ChangeContext } from '@gemeente-crm/api-kernel';
import { ArchiveDocument } from '../documents/archive-document.js';
import { StaticDocumentLimits } from '../documents/document-limits.js';
import { DownloadDocument } from '../documents/download-document.js';
import { GetDocument } from '../documents/get-document.js';
import { ListDocuments } from '../documents/list-documents.js';
import { StoreDocument } from '../documents/store-document.js';
import {
  FixedClock,
  InMemoryAuditLog,
  InMemoryDocumentContentStore,
  InMemoryDocumentRepository,
  InMemoryDocumentSubjects,
  InMemoryTransactionManager,
} from './in-memory-archive.js';

export const ANNE: Actor = { id: 'tenant:anne', displayName: 'Anne de Vries', roles: ['accountmanager'] };

export function changeBy(actor: Actor, reason?: string): ChangeContext {
  return { actor, ...(reason ? { reason } : {}), client: 'test' };
}

/** The archive's use cases on in-memory ports. */
export function createArchiveTestKit(maxBytes = 1024 * 1024) {
  const documents = new InMemoryDocumentRepository();
  const contents = new InMemoryDocumentContentStore();
  const subjects = new InMemoryDocumentSubjects();
  const auditLog = new InMemoryAuditLog();
  const transactions = new InMemoryTransactionManager([documents, contents, auditLog]);
  const clock = new FixedClock();
  const limits = new StaticDocumentLimits(maxBytes);
  return {
    documents,
    contents,
    subjects,
    auditLog,
    clock,
    storeDocument: new StoreDocument(documents, contents, subjects, limits, transactions, auditLog, clock),
    getDocument: new GetDocument(documents),
    listDocuments: new ListDocuments(documents),
    downloadDocument: new DownloadDocument(documents, contents, transactions, auditLog),
    archiveDocument: new ArchiveDocument(documents, transactions, auditLog, clock),
  };
}
