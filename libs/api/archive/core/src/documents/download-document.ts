import { AuditLog, type ChangeContext, TransactionManager } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { ARCHIVE_AUDIT_OBJECT_TYPES } from './audit-object-types.js';
import type { Document } from './document.js';
import { DocumentContentStore } from './document-content-store.js';
import { documentContentMissing, documentNotFound } from './document-errors.js';
import { DocumentRepository } from './document-repository.js';

export interface DocumentDownload {
  document: Document;
  data: Buffer;
}

/**
 * A document's content. Documents hold personal data (letters, e-mails, contracts), so every
 * download is recorded as a read in the same transaction, like reading a person's details:
 * nobody gets the bytes without the audit trail saying who did.
 */
@UseCase()
export class DownloadDocument {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly contents: DocumentContentStore,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
  ) {}

  /**
   * Archived documents can still be downloaded (they are kept for the record).
   *
   * @throws NotFoundError `document.not-found`, `document.content-missing`
   */
  async execute(id: string, context: ChangeContext): Promise<DocumentDownload> {
    return this.transactions.run(async () => {
      const document = await this.documents.findById(id);
      if (!document) throw documentNotFound();
      const data = await this.contents.get(document.contentKey);
      if (!data) throw documentContentMissing();
      await this.auditLog.record({ action: 'read', objectType: ARCHIVE_AUDIT_OBJECT_TYPES.document, objectId: id, context });
      return { document, data };
    });
  }
}
