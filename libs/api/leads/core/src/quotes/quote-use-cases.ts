import { ChangeQuoteStatus } from './change-quote-status.js';
import { CreateQuote } from './create-quote.js';
import { CreateQuoteRevision } from './create-quote-revision.js';
import { GenerateQuoteDocument } from './generate-quote-document.js';
import { GetQuote } from './get-quote.js';
import { GetQuoteTemplate } from './get-quote-template.js';
import { ListLeadQuotes } from './list-lead-quotes.js';
import { OpenQuoteDocument } from './open-quote-document.js';
import { ReplaceQuoteTemplate } from './replace-quote-template.js';
import { UpdateQuote } from './update-quote.js';

/**
 * Every use case of quotes (offertes), for the feature module's `providers`. Their
 * constructors ask for the quote ports (QuoteRepository, QuoteLeads, QuoteDocumentRepository,
 * QuoteDocumentStore, QuoteTemplateStore, QuoteDocumentRenderer, QuoteIssuer) and
 * TransactionManager, AuditLog and Clock.
 */
export const QUOTE_USE_CASES = [
  CreateQuote,
  UpdateQuote,
  CreateQuoteRevision,
  ChangeQuoteStatus,
  GetQuote,
  ListLeadQuotes,
  GenerateQuoteDocument,
  OpenQuoteDocument,
  GetQuoteTemplate,
  ReplaceQuoteTemplate,
] as const;
