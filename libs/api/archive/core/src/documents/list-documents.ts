import type { Page, PageRequest } from '@gemeente-crm/api-kernel';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import type { DocumentRef, DocumentSummary } from './document.js';
import { DocumentRepository } from './document-repository.js';

export interface ListDocumentsInput extends Partial<PageRequest> {
  linkedTo: DocumentRef;
  includeArchived?: boolean;
}

/** The documents filed on one record, newest first. */
@UseCase()
export class ListDocuments {
  constructor(private readonly documents: DocumentRepository) {}

  async execute(input: ListDocumentsInput): Promise<Page<DocumentSummary>> {
    const page = Math.max(1, Math.floor(input.page ?? 1));
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(input.pageSize ?? DEFAULT_PAGE_SIZE)));
    return this.documents.list({ linkedTo: input.linkedTo, includeArchived: input.includeArchived ?? false, page, pageSize });
  }
}
