import { UseCase } from '@gemeente-crm/relations-core';
import { QuoteDocumentRenderer, QuoteTemplateStore } from './quote-template.js';

export interface CurrentQuoteTemplate {
  /** 0 while the default has never been replaced. */
  version: number;
  isDefault: boolean;
  fileName: string;
  content: Uint8Array;
  uploadedBy: string | null;
  uploadedAt: Date | null;
}

export const DEFAULT_TEMPLATE_FILE_NAME = 'offerte-standaard.docx';

/** The template quotes are generated from now: an uploaded one, or the product's default. */
@UseCase()
export class GetQuoteTemplate {
  constructor(
    private readonly templates: QuoteTemplateStore,
    private readonly renderer: QuoteDocumentRenderer,
  ) {}

  async execute(): Promise<CurrentQuoteTemplate> {
    const current = await this.templates.current();
    if (!current?.content) {
      return {
        version: current?.version ?? 0,
        isDefault: true,
        fileName: DEFAULT_TEMPLATE_FILE_NAME,
        content: this.renderer.defaultTemplate(),
        uploadedBy: current?.uploadedBy ?? null,
        uploadedAt: current?.uploadedAt ?? null,
      };
    }
    return {
      version: current.version,
      isDefault: false,
      fileName: current.fileName ?? 'offerte.docx',
      content: current.content,
      uploadedBy: current.uploadedBy,
      uploadedAt: current.uploadedAt,
    };
  }
}
