import { AuditLog, type ChangeContext, Clock, fieldChanges, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { requireReason, UseCase } from '@gemeente-crm/relations-core';
import { ARCHIVE_AUDIT_OBJECT_TYPES, DOCUMENT_AUDIT_IGNORED_FIELDS } from './audit-object-types.js';
import type { Document } from './document.js';
import { documentArchived, documentNotFound } from './document-errors.js';
import { DocumentRepository } from './document-repository.js';

/**
 * Withdraws a document (uploaded by mistake, superseded). It leaves lists and timelines but is
 * not deleted: the record, its content and its history stay for the audit and for retention.
 */
@UseCase()
export class ArchiveDocument {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param expectedVersion the version the caller read, or null
   * @throws ValidationError `reason.required`
   * @throws NotFoundError `document.not-found`
   * @throws ConflictError `document.archived`
   * @throws StaleVersionError
   */
  async execute(id: string, expectedVersion: number | null, context: ChangeContext): Promise<Document> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.documents.findById(id);
      if (!current) throw documentNotFound();
      if (current.archivedAt) throw documentArchived();
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const now = this.clock.now();
      const next: Document = { ...current, archivedAt: now, archiveReason: reason, version: current.version + 1, updatedAt: now };
      if (!(await this.documents.update(next, current.version))) {
        throw new StaleVersionError((await this.documents.findById(id))?.version ?? current.version);
      }
      await this.auditLog.record({
        action: 'archive',
        objectType: ARCHIVE_AUDIT_OBJECT_TYPES.document,
        objectId: id,
        changes: fieldChanges(current, next, { ignore: DOCUMENT_AUDIT_IGNORED_FIELDS }),
        context: { ...context, reason },
      });
      return next;
    });
  }
}
