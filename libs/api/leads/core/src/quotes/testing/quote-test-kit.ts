import type { Actor, ChangeContext } from '@gemeente-crm/api-kernel';
import { ChangeQuoteStatus } from '../change-quote-status.js';
import { CreateQuote } from '../create-quote.js';
import { CreateQuoteRevision } from '../create-quote-revision.js';
import { GenerateQuoteDocument } from '../generate-quote-document.js';
import { GetQuote } from '../get-quote.js';
import { GetQuoteTemplate } from '../get-quote-template.js';
import { ListLeadQuotes } from '../list-lead-quotes.js';
import { OpenQuoteDocument } from '../open-quote-document.js';
import { ReplaceQuoteTemplate } from '../replace-quote-template.js';
import { UpdateQuote } from '../update-quote.js';
import {
  FixedIssuer,
  FixedQuoteClock,
  InMemoryArchive,
  InMemoryAudit,
  InMemoryQuoteDocuments,
  InMemoryQuoteLeads,
  InMemoryQuoteRepository,
  InMemoryTemplateStore,
  InMemoryTransactions,
  RecordingRenderer,
} from './in-memory-quote-ports.js';

export const ACCOUNT_MANAGER: Actor = { id: 'tenant:anne', displayName: 'Anne', roles: ['accountmanager'] };
export const ADMIN: Actor = { id: 'tenant:fred', displayName: 'Fred', roles: ['functioneel-beheerder'] };

export function changeBy(actor: Actor = ACCOUNT_MANAGER, reason?: string): ChangeContext {
  return { actor, ...(reason ? { reason } : {}), requestId: 'test', client: 'test' };
}

/** The quote use cases over in-memory ports, with one lead, on 25 November 2026. */
export function createQuoteTestKit() {
  const quotes = new InMemoryQuoteRepository();
  const leads = new InMemoryQuoteLeads();
  const audit = new InMemoryAudit();
  const documents = new InMemoryQuoteDocuments();
  const archive = new InMemoryArchive();
  const templates = new InMemoryTemplateStore();
  const renderer = new RecordingRenderer();
  const clock = new FixedQuoteClock();
  const transactions = new InMemoryTransactions([quotes, audit, documents, archive, templates]);
  const lead = leads.add({ leadId: '5f0c7a52-4a4f-4f61-9f51-0d0d9a1e0001' });
  return {
    quotes,
    leads,
    audit,
    documents,
    archive,
    templates,
    clock,
    lead,
    createQuote: new CreateQuote(quotes, leads, transactions, audit, clock),
    updateQuote: new UpdateQuote(quotes, transactions, audit, clock),
    createRevision: new CreateQuoteRevision(quotes, transactions, audit, clock),
    changeStatus: new ChangeQuoteStatus(quotes, transactions, audit, clock),
    getQuote: new GetQuote(quotes, documents),
    listQuotes: new ListLeadQuotes(quotes),
    generate: new GenerateQuoteDocument(quotes, leads, templates, renderer, archive, documents, new FixedIssuer(), transactions, audit, clock),
    openDocument: new OpenQuoteDocument(quotes, documents, archive),
    getTemplate: new GetQuoteTemplate(templates, renderer),
    replaceTemplate: new ReplaceQuoteTemplate(templates, renderer, transactions, audit, clock),
  };
}

export type QuoteTestKit = ReturnType<typeof createQuoteTestKit>;
