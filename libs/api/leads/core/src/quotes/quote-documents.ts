import type { ChangeContext } from '@gemeente-crm/api-kernel';

export const QUOTE_DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type QuoteDocumentFormat = (typeof QUOTE_DOCUMENT_FORMATS)[number];

export const QUOTE_CONTENT_TYPES: Record<QuoteDocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A document generated from a quote revision and stored in the archive on the lead. */
export interface QuoteDocument {
  id: string;
  quoteId: string;
  revision: number;
  format: QuoteDocumentFormat;
  /** The archive's document id. */
  documentId: string;
  fileName: string;
  createdBy: string;
  createdAt: Date;
}

export interface GeneratedFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * The archive, as the quotes need it: a generated file is stored as a document linked to the
 * lead (in the caller's transaction), and can be read back for download.
 */
export abstract class QuoteDocumentStore {
  /** @returns the archive's document id */
  abstract store(leadId: string, file: GeneratedFile, title: string, context: ChangeContext): Promise<string>;

  /** Reading is audited by the archive (documents hold personal data). */
  abstract open(documentId: string, context: ChangeContext): Promise<GeneratedFile | null>;
}

/** The quote's own list of what was generated from it (the archive knows only the lead). */
export abstract class QuoteDocumentRepository {
  abstract insert(document: QuoteDocument): Promise<void>;

  /** Newest first. */
  abstract listByQuote(quoteId: string): Promise<QuoteDocument[]>;

  abstract findById(id: string): Promise<QuoteDocument | null>;
}
