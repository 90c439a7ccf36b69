import { Injectable } from '@nestjs/common';
import { DownloadDocument, StoreDocument } from '@gemeente-crm/archive-core';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { type GeneratedFile, QuoteDocumentStore } from '@gemeente-crm/leads-core';

/** Generated quotes go into the archive as documents filed on the lead, through its own use cases. */
@Injectable()
export class ArchiveQuoteDocumentStore extends QuoteDocumentStore {
  constructor(
    private readonly storeDocument: StoreDocument,
    private readonly downloadDocument: DownloadDocument,
  ) {
    super();
  }

  async store(leadId: string, file: GeneratedFile, title: string, context: ChangeContext): Promise<string> {
    const document = await this.storeDocument.execute(
      { fileName: file.fileName, data: Buffer.from(file.content), description: title, links: [{ objectType: 'lead', objectId: leadId }] },
      context,
    );
    return document.id;
  }

  async open(documentId: string, context: ChangeContext): Promise<GeneratedFile | null> {
    const { document, data } = await this.downloadDocument.execute(documentId, context);
    return { fileName: document.fileName, contentType: document.contentType, content: data };
  }
}
