import { type AuditEntry, AuditLog, Clock, type Page, TransactionManager } from '@gemeente-crm/api-kernel';
import { type Document, type DocumentRef, documentRefKey, type DocumentSummary, normaliseDocumentRefs, toDocumentSummary } from '../documents/document.js';
import { DocumentContentStore } from '../documents/document-content-store.js';
import { type DocumentListQuery, DocumentRepository } from '../documents/document-repository.js';
import { type DocumentSubject, DocumentSubjects } from '../documents/document-subjects.js';

/** A store that can undo everything since a snapshot, so an in-memory transaction can roll back. */
export interface RollbackableStore {
  snapshot(): () => void;
}

export class InMemoryDocumentRepository extends DocumentRepository implements RollbackableStore {
  rows = new Map<string, Document>();

  async findById(id: string): Promise<Document | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(document: Document): Promise<void> {
    this.rows.set(document.id, structuredClone(document));
  }

  async update(document: Document, expectedVersion: number): Promise<boolean> {
    if (this.rows.get(document.id)?.version !== expectedVersion) return false;
    this.rows.set(document.id, structuredClone(document));
    return true;
  }

  async list(query: DocumentListQuery): Promise<Page<DocumentSummary>> {
    const key = documentRefKey(query.linkedTo);
    const matches = [...this.rows.values()]
      .filter((row) => row.links.some((link) => documentRefKey(link) === key) && (query.includeArchived || !row.archivedAt))
      .sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime() || b.id.localeCompare(a.id));
    const start = (query.page - 1) * query.pageSize;
    return { items: matches.slice(start, start + query.pageSize).map(toDocumentSummary), page: query.page, pageSize: query.pageSize, total: matches.length };
  }

  async moveLinks(from: DocumentRef, to: DocumentRef): Promise<string[]> {
    const moved: string[] = [];
    for (const row of this.rows.values()) {
      if (!row.links.some((link) => documentRefKey(link) === documentRefKey(from))) continue;
      row.links = normaliseDocumentRefs(row.links.map((link) => (documentRefKey(link) === documentRefKey(from) ? to : link)));
      row.version += 1;
      moved.push(row.id);
    }
    return moved;
  }

  snapshot(): () => void {
    const saved = structuredClone(this.rows);
    return () => {
      this.rows = saved;
    };
  }
}

export class InMemoryDocumentContentStore extends DocumentContentStore implements RollbackableStore {
  contents = new Map<string, Buffer>();

  async put(key: string, data: Buffer): Promise<void> {
    if (!this.contents.has(key)) this.contents.set(key, Buffer.from(data));
  }

  async get(key: string): Promise<Buffer | null> {
    return this.contents.get(key) ?? null;
  }

  async delete(key: string): Promise<void> {
    this.contents.delete(key);
  }

  snapshot(): () => void {
    const saved = new Map(this.contents);
    return () => {
      this.contents = saved;
    };
  }
}

/** Records that exist, by `type:id`; archived when the value says so. */
export class InMemoryDocumentSubjects extends DocumentSubjects {
  readonly subjects = new Map<string, boolean>();

  add(ref: DocumentRef, archived = false): DocumentRef {
    this.subjects.set(documentRefKey(ref), archived);
    return ref;
  }

  async find(ref: DocumentRef): Promise<DocumentSubject | null> {
    const archived = this.subjects.get(documentRefKey(ref));
    return archived === undefined ? null : { ref, archived };
  }
}

export class InMemoryAuditLog extends AuditLog implements RollbackableStore {
  entries: AuditEntry[] = [];

  async record(entry: AuditEntry): Promise<void> {
    this.entries.push(structuredClone(entry));
  }

  snapshot(): () => void {
    const saved = [...this.entries];
    return () => {
      this.entries = saved;
    };
  }
}

/** Undoes the enlisted stores' writes when the work throws, like a database transaction. */
export class InMemoryTransactionManager extends TransactionManager {
  private depth = 0;

  constructor(private readonly stores: readonly RollbackableStore[]) {
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

export class FixedClock extends Clock {
  constructor(private current = new Date('2026-07-01T09:00:00.000Z')) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
