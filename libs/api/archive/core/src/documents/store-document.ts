import { createHash, randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, type FieldError, fieldChanges, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { ARCHIVE_AUDIT_OBJECT_TYPES, DOCUMENT_AUDIT_IGNORED_FIELDS } from './audit-object-types.js';
import { detectContentType } from './content-type.js';
import type { Document } from './document.js';
import { DocumentContentStore } from './document-content-store.js';
import { checkDescription, checkDocumentRefs, type DocumentRefInput, normaliseFileName } from './document-input.js';
import { DocumentLimits } from './document-limits.js';
import { DocumentRepository } from './document-repository.js';
import { DocumentSubjects } from './document-subjects.js';

export interface StoreDocumentInput {
  fileName: string;
  data: Buffer;
  description?: string | null;
  /** What to file it on: at least one organisation, person or contact moment. */
  links: readonly DocumentRefInput[];
}

/**
 * Files a document on one or more records: an upload by staff, an e-mail attachment, or a file
 * another domain generated (a quote on a lead). The content type is detected from the bytes;
 * the bytes go to the DocumentContentStore under their hash, the metadata to the repository,
 * and both commit with the audit entry — or, when called inside a caller's transaction, with
 * the caller's work.
 */
@UseCase()
export class StoreDocument {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly contents: DocumentContentStore,
    private readonly subjects: DocumentSubjects,
    private readonly limits: DocumentLimits,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError on `file` (`document.empty`, `document.too-large`, `document.executable`,
   *   `document.type-not-allowed`, `document.extension-mismatch`), `description` and `links.<i>`
   *   (`link.not-found`, `link.archived`, `link.type-unsupported`)
   */
  async execute(input: StoreDocumentInput, context: ChangeContext): Promise<Document> {
    const fileName = normaliseFileName(input.fileName);
    const errors: FieldError[] = [];
    const detected = this.checkContent(input.data, fileName, errors);
    const description = checkDescription(input.description);
    const links = checkDocumentRefs(input.links);
    errors.push(...description.errors, ...links.errors);
    if (errors.length > 0 || !detected) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      const linkErrors: FieldError[] = [];
      for (const [index, ref] of links.refs.entries()) {
        const subject = await this.subjects.find(ref);
        if (!subject) linkErrors.push({ field: `links.${index}`, code: 'link.not-found', message: 'Het record om het document aan te koppelen bestaat niet.' });
        else if (subject.archived) linkErrors.push({ field: `links.${index}`, code: 'link.archived', message: 'Het record is gearchiveerd; koppel documenten alleen aan actieve records.' });
      }
      if (linkErrors.length > 0) throw new ValidationError(linkErrors);
      const now = this.clock.now();
      const sha256 = createHash('sha256').update(input.data).digest('hex');
      const document: Document = {
        id: randomUUID(),
        fileName,
        contentType: detected,
        sizeBytes: input.data.length,
        sha256,
        contentKey: `sha256:${sha256}`,
        description: description.value,
        links: links.refs,
        uploadedBy: context.actor.id,
        uploadedAt: now,
        version: 1,
        updatedAt: now,
        archivedAt: null,
        archiveReason: null,
      };
      await this.contents.put(document.contentKey, input.data);
      await this.documents.insert(document);
      await this.auditLog.record({
        action: 'create',
        objectType: ARCHIVE_AUDIT_OBJECT_TYPES.document,
        objectId: document.id,
        changes: fieldChanges(null, document, { ignore: DOCUMENT_AUDIT_IGNORED_FIELDS }),
        context,
      });
      return document;
    });
  }

  private checkContent(data: Buffer, fileName: string, errors: FieldError[]): string | null {
    if (data.length === 0) {
      errors.push({ field: 'file', code: 'document.empty', message: 'Het bestand is leeg.' });
      return null;
    }
    if (data.length > this.limits.maxBytes) {
      const megabytes = Math.round((this.limits.maxBytes / 1_048_576) * 10) / 10;
      errors.push({ field: 'file', code: 'document.too-large', message: `Het bestand is groter dan ${megabytes} MB.` });
      return null;
    }
    const check = detectContentType(data, fileName);
    if (check.error) {
      errors.push(check.error);
      return null;
    }
    return check.type.contentType;
  }
}
