import { type AuditEntry, AuditLog, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { type GeneratedFile, type QuoteDocument, QuoteDocumentRepository, QuoteDocumentStore } from '../quote-documents.js';
import { type QuoteLeadFacts, QuoteLeads } from '../quote-leads.js';
import type { QuoteMergeData } from '../quote-merge-data.js';
import { QuoteRepository } from '../quote-repository.js';
import { QuoteDocumentRenderer, type QuoteTemplateVersion, QuoteTemplateStore, type TemplateInspection } from '../quote-template.js';
import type { Quote, QuoteRevision } from '../quote.js';
import { QuoteIssuer } from '../generate-quote-document.js';

/** Something a fake transaction can put back as it was. */
interface Snapshottable {
  snapshot(): () => void;
}

/** Undoes every enlisted store's writes when the work throws, as a database transaction would. */
export class InMemoryTransactions extends TransactionManager {
  private depth = 0;

  constructor(private readonly stores: Snapshottable[]) {
    super();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return work();
    const rollbacks = this.stores.map((store) => store.snapshot());
    this.depth += 1;
    try {
      return await work();
    } catch (error) {
      for (const rollback of rollbacks) rollback();
      throw error;
    } finally {
      this.depth -= 1;
    }
  }
}

export class InMemoryQuoteRepository extends QuoteRepository implements Snapshottable {
  rows = new Map<string, Quote>();
  revisions: QuoteRevision[] = [];
  sequences = new Map<number, number>();

  async findById(id: string) {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async listByLead(leadId: string) {
    return [...this.rows.values()].filter((row) => row.leadId === leadId).reverse().map((row) => structuredClone(row));
  }

  async nextNumber(year: number) {
    const next = (this.sequences.get(year) ?? 0) + 1;
    this.sequences.set(year, next);
    return next;
  }

  async insert(quote: Quote) {
    this.rows.set(quote.id, structuredClone(quote));
  }

  async update(quote: Quote, expectedVersion: number) {
    if (this.rows.get(quote.id)?.version !== expectedVersion) return false;
    this.rows.set(quote.id, structuredClone(quote));
    return true;
  }

  async insertRevision(revision: QuoteRevision) {
    this.revisions.push(structuredClone(revision));
  }

  async listRevisions(quoteId: string) {
    return this.revisions.filter((revision) => revision.quoteId === quoteId).map((revision) => structuredClone(revision));
  }

  snapshot() {
    const rows = new Map(this.rows);
    const revisions = [...this.revisions];
    const sequences = new Map(this.sequences);
    return () => {
      this.rows = rows;
      this.revisions = revisions;
      this.sequences = sequences;
    };
  }
}

export class InMemoryQuoteLeads extends QuoteLeads {
  leads = new Map<string, QuoteLeadFacts>();

  add(facts: Partial<QuoteLeadFacts> & { leadId: string }): QuoteLeadFacts {
    const lead: QuoteLeadFacts = {
      leadTitle: 'Nieuwe huisvesting',
      relationName: 'Bakkerij Van Dijk B.V.',
      relationAddress: ['Markt 1', "5211 JX 's-Hertogenbosch"],
      contactPersonName: 'Jan de Vries',
      accountManagerName: 'Anne Accountmanager',
      ...facts,
    };
    this.leads.set(lead.leadId, lead);
    return lead;
  }

  async find(leadId: string) {
    return this.leads.get(leadId) ?? null;
  }
}

export class InMemoryAudit extends AuditLog implements Snapshottable {
  entries: AuditEntry[] = [];

  async record(entry: AuditEntry) {
    this.entries.push(structuredClone(entry));
  }

  snapshot() {
    const saved = [...this.entries];
    return () => {
      this.entries = saved;
    };
  }
}

export class InMemoryQuoteDocuments extends QuoteDocumentRepository implements Snapshottable {
  rows: QuoteDocument[] = [];

  async insert(document: QuoteDocument) {
    this.rows.push(structuredClone(document));
  }

  async listByQuote(quoteId: string) {
    return this.rows.filter((row) => row.quoteId === quoteId).reverse();
  }

  async findById(id: string) {
    return this.rows.find((row) => row.id === id) ?? null;
  }

  snapshot() {
    const saved = [...this.rows];
    return () => {
      this.rows = saved;
    };
  }
}

/** Stands in for the archive: keeps the files it is given, per lead. */
export class InMemoryArchive extends QuoteDocumentStore implements Snapshottable {
  files = new Map<string, GeneratedFile & { leadId: string; title: string }>();

  async store(leadId: string, file: GeneratedFile, title: string) {
    const id = `document-${this.files.size + 1}`;
    this.files.set(id, { ...file, leadId, title });
    return id;
  }

  async open(documentId: string) {
    return this.files.get(documentId) ?? null;
  }

  snapshot() {
    const saved = new Map(this.files);
    return () => {
      this.files = saved;
    };
  }
}

export class InMemoryTemplateStore extends QuoteTemplateStore implements Snapshottable {
  versions: QuoteTemplateVersion[] = [];

  async current() {
    return this.versions[this.versions.length - 1] ?? null;
  }

  async insert(version: QuoteTemplateVersion) {
    this.versions.push(version);
  }

  snapshot() {
    const saved = [...this.versions];
    return () => {
      this.versions = saved;
    };
  }
}

/**
 * A renderer that writes the merge data as JSON, so use-case tests see what would be merged;
 * its "templates" are text listing their tags one per line (`BROKEN` fails to compile). The
 * real docxtemplater/pdfmake renderer has tests of its own in the feature library.
 */
export class RecordingRenderer extends QuoteDocumentRenderer {
  defaultTemplate() {
    return new TextEncoder().encode('PK default');
  }

  inspectTemplate(template: Uint8Array): TemplateInspection {
    const text = new TextDecoder().decode(template).slice(2);
    if (text.includes('BROKEN')) return { problems: ['Unclosed tag'], tags: [] };
    return { problems: [], tags: text.split('\n').map((line) => line.trim()).filter((line) => line && line !== 'default') };
  }

  renderDocx(template: Uint8Array, data: QuoteMergeData) {
    return new TextEncoder().encode(JSON.stringify({ template: new TextDecoder().decode(template), data }));
  }

  async renderPdf(_template: Uint8Array, data: QuoteMergeData) {
    return new TextEncoder().encode(`%PDF ${JSON.stringify(data)}`);
  }
}

export class FixedQuoteClock extends Clock {
  constructor(private current = new Date('2026-11-25T10:00:00Z')) {
    super();
  }

  now() {
    return new Date(this.current);
  }

  set(instant: string) {
    this.current = new Date(instant);
  }
}

export class FixedIssuer extends QuoteIssuer {
  municipalityName() {
    return "Gemeente 's-Hertogenbosch";
  }
}
