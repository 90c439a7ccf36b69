import { type DynamicModule, Module } from '@nestjs/common';
import {
  QUOTE_USE_CASES,
  QuoteDocumentRenderer,
  QuoteDocumentRepository,
  QuoteDocumentStore,
  QuoteIssuer,
  QuoteLeads,
  QuoteRepository,
  QuoteTemplateStore,
} from '@gemeente-crm/leads-core';
import { DocxQuoteRenderer } from './documents/docx-quote-renderer.js';
import { QuoteTemplateController } from './http/quote-template.controller.js';
import { QuotesController } from './http/quotes.controller.js';
import { ArchiveQuoteDocumentStore } from './persistence/archive-quote-document-store.js';
import { SqlQuoteLeads } from './persistence/sql-quote-leads.js';
import { TypeormQuoteDocumentRepository } from './persistence/typeorm-quote-document-repository.js';
import { TypeormQuoteRepository } from './persistence/typeorm-quote-repository.js';
import { TypeormQuoteTemplateStore } from './persistence/typeorm-quote-template-store.js';
import { QUOTES_OPTIONS, type QuotesModuleOptions } from './quotes-options.js';

/**
 * Quotes (offertes) on leads, on PostgreSQL, with Word (docxtemplater) and PDF (pdfmake)
 * documents filed on the lead through the archive's StoreDocument (ArchiveModule is global).
 */
@Module({})
export class QuotesModule {
  static forRoot(options: QuotesModuleOptions): DynamicModule {
    const issuer: QuoteIssuer = { municipalityName: () => options.municipalityName };
    return {
      module: QuotesModule,
      controllers: [QuotesController, QuoteTemplateController],
      providers: [
        ...QUOTE_USE_CASES,
        { provide: QUOTES_OPTIONS, useValue: options },
        { provide: QuoteIssuer, useValue: issuer },
        { provide: QuoteRepository, useClass: TypeormQuoteRepository },
        { provide: QuoteDocumentRepository, useClass: TypeormQuoteDocumentRepository },
        { provide: QuoteTemplateStore, useClass: TypeormQuoteTemplateStore },
        { provide: QuoteLeads, useClass: SqlQuoteLeads },
        { provide: QuoteDocumentStore, useClass: ArchiveQuoteDocumentStore },
        { provide: QuoteDocumentRenderer, useClass: DocxQuoteRenderer },
      ],
    };
  }
}
