import type { QuoteMergeData } from './quote-merge-data.js';

/** The Word template quotes are generated from; `content: null` means the product's default. */
export interface QuoteTemplateVersion {
  id: string;
  /** 1, 2, 3...: every upload and every return to the default is a new version. */
  version: number;
  fileName: string | null;
  content: Uint8Array | null;
  uploadedBy: string;
  uploadedAt: Date;
}

export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** The versions of the quote template. Called inside `TransactionManager.run`. */
export abstract class QuoteTemplateStore {
  /** The version in use; null when nobody ever uploaded one (the default applies). */
  abstract current(): Promise<QuoteTemplateVersion | null>;

  abstract insert(version: QuoteTemplateVersion): Promise<void>;
}

/** What inspecting a template found: compile problems, and every tag it uses. */
export interface TemplateInspection {
  problems: string[];
  tags: string[];
}

/**
 * Renders quote documents: a Word file from a template with merge fields, and a PDF with the
 * same content and layout. Implemented with docxtemplater and pdfmake (pure JavaScript).
 */
export abstract class QuoteDocumentRenderer {
  /** The Dutch template that ships with the product. */
  abstract defaultTemplate(): Uint8Array;

  abstract inspectTemplate(template: Uint8Array): TemplateInspection;

  abstract renderDocx(template: Uint8Array, data: QuoteMergeData): Uint8Array;

  /**
   * The PDF of the quote. `template` is the Word template in use, for renderers that convert the
   * filled Word document (LibreOffice); the default renderer lays the data out itself.
   */
  abstract renderPdf(template: Uint8Array, data: QuoteMergeData): Promise<Uint8Array>;
}
