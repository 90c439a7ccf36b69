import { UseCase } from '@gemeente-crm/relations-core';
import type { Document } from './document.js';
import { documentNotFound } from './document-errors.js';
import { DocumentRepository } from './document-repository.js';

/** A document's metadata (not its content, so not audited as a read). */
@UseCase()
export class GetDocument {
  constructor(private readonly documents: DocumentRepository) {}

  /** @throws NotFoundError `document.not-found` */
  async execute(id: string): Promise<Document> {
    const document = await this.documents.findById(id);
    if (!document) throw documentNotFound();
    return document;
  }
}
