import { randomUUID } from 'node:crypto';
import { type AuditEntry, AuditLog, Clock, type Page, TransactionManager } from '@gemeente-crm/api-kernel';
import { type Organisation, OrganisationRepository, type Person, PersonRepository, RelationTypeCatalog } from '@gemeente-crm/relations-core';
import type { Lead } from '../leads/lead.js';
import type { LeadQuery } from '../leads/lead-query.js';
import { LeadOwnerDirectory } from '../leads/lead-owner-directory.js';
import { LeadRepository, type StageColumn } from '../leads/lead-repository.js';
import { type StageChange, StageHistoryRepository } from '../leads/stage-history.js';
import { DEFAULT_LEAD_OPTIONS, type LeadOption, type LeadOptionKind } from '../options/lead-option.js';
import { LeadOptionRepository } from '../options/lead-option-repository.js';
import type { Pipeline } from '../pipelines/pipeline.js';
import { PipelineRepository } from '../pipelines/pipeline-repository.js';

/** Versioned rows in a map, copied in and out so tests cannot change stored state by accident. */
class VersionedRows<T extends { id: string; version: number }> {
  readonly rows = new Map<string, T>();

  async findById(id: string): Promise<T | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(row: T): Promise<void> {
    this.rows.set(row.id, structuredClone(row));
  }

  async update(row: T, expectedVersion: number): Promise<boolean> {
    if (this.rows.get(row.id)?.version !== expectedVersion) return false;
    this.rows.set(row.id, structuredClone(row));
    return true;
  }
}

export class InMemoryLeadRepository extends LeadRepository {
  private readonly store = new VersionedRows<Lead>();
  findById = (id: string) => this.store.findById(id);
  insert = (lead: Lead) => this.store.insert(lead);
  update = (lead: Lead, expectedVersion: number) => this.store.update(lead, expectedVersion);

  async search(query: LeadQuery): Promise<Page<Lead>> {
    const items = [...this.store.rows.values()].filter(
      (lead) =>
        (!query.pipelineId || lead.pipelineId === query.pipelineId) &&
        (!query.stageId || lead.stageId === query.stageId) &&
        (!query.ownerId || lead.ownerId === query.ownerId) &&
        (!query.statuses.length || query.statuses.includes(lead.status)),
    );
    return { items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize), page: query.page, pageSize: query.pageSize, total: items.length };
  }

  async countByStage(stageIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const lead of this.store.rows.values()) if (stageIds.includes(lead.stageId)) counts.set(lead.stageId, (counts.get(lead.stageId) ?? 0) + 1);
    return counts;
  }

  async openByStage(pipelineId: string, limitPerStage: number): Promise<StageColumn[]> {
    const columns = new Map<string, StageColumn>();
    const open = [...this.store.rows.values()]
      .filter((lead) => lead.pipelineId === pipelineId && lead.status === 'open')
      .sort((a, b) => a.stageEnteredAt.getTime() - b.stageEnteredAt.getTime());
    for (const lead of open) {
      const column = columns.get(lead.stageId) ?? { stageId: lead.stageId, count: 0, totalValueCents: 0, leads: [] };
      column.count += 1;
      column.totalValueCents += lead.expectedValueCents ?? 0;
      if (column.leads.length < limitPerStage) column.leads.push(structuredClone(lead));
      columns.set(lead.stageId, column);
    }
    return [...columns.values()];
  }
}

export class InMemoryPipelineRepository extends PipelineRepository {
  private readonly store = new VersionedRows<Pipeline>();
  findById = (id: string) => this.store.findById(id);
  insert = (pipeline: Pipeline) => this.store.insert(pipeline);
  update = (pipeline: Pipeline, expectedVersion: number) => this.store.update(pipeline, expectedVersion);

  async list(): Promise<Pipeline[]> {
    return [...this.store.rows.values()].map((pipeline) => structuredClone(pipeline));
  }

  async nameTaken(department: string, name: string, exceptId: string | null): Promise<boolean> {
    return [...this.store.rows.values()].some(
      (pipeline) => pipeline.id !== exceptId && pipeline.department.toLowerCase() === department.toLowerCase() && pipeline.name.toLowerCase() === name.toLowerCase(),
    );
  }
}

export class InMemoryStageHistory extends StageHistoryRepository {
  readonly changes: StageChange[] = [];

  async record(change: StageChange): Promise<void> {
    this.changes.push(structuredClone(change));
  }

  async forLead(leadId: string): Promise<StageChange[]> {
    return this.changes.filter((change) => change.leadId === leadId);
  }
}

/** Starts with the default sources and lost reasons, like a freshly migrated database. */
export class InMemoryLeadOptions extends LeadOptionRepository {
  private rows: LeadOption[] = (Object.keys(DEFAULT_LEAD_OPTIONS) as LeadOptionKind[]).flatMap((kind) =>
    DEFAULT_LEAD_OPTIONS[kind].map((option) => ({ kind, ...option, active: true, version: 1 })),
  );

  async list(kind: LeadOptionKind): Promise<LeadOption[]> {
    return this.rows.filter((row) => row.kind === kind).map((row) => ({ ...row }));
  }

  async find(kind: LeadOptionKind, code: string): Promise<LeadOption | null> {
    const row = this.rows.find((candidate) => candidate.kind === kind && candidate.code === code);
    return row ? { ...row } : null;
  }

  async insert(option: LeadOption): Promise<void> {
    this.rows.push({ ...option });
  }

  async update(option: LeadOption, expectedVersion: number): Promise<boolean> {
    const index = this.rows.findIndex((row) => row.kind === option.kind && row.code === option.code && row.version === expectedVersion);
    if (index < 0) return false;
    this.rows[index] = { ...option };
    return true;
  }
}

export class InMemoryOwners extends LeadOwnerDirectory {
  readonly known = new Set<string>();

  async isKnown(id: string): Promise<boolean> {
    return this.known.has(id);
  }
}

/** Test double of the relations domain's OrganisationRepository: what leads look up and change. */
export class InMemoryOrganisations extends OrganisationRepository {
  private readonly store = new VersionedRows<Organisation>();
  findById = (id: string) => this.store.findById(id);
  insert = (organisation: Organisation) => this.store.insert(organisation);
  update = (organisation: Organisation, expectedVersion: number) => this.store.update(organisation, expectedVersion);

  add(fields: Partial<Organisation> = {}): Organisation {
    const now = new Date('2026-01-05T10:00:00.000Z');
    const organisation = {
      id: randomUUID(),
      name: 'Logistiek Brabant B.V.',
      kvkNumber: null,
      vestigingsnummer: null,
      legalForm: null,
      sbiCodes: [],
      visitingAddress: null,
      postalAddress: null,
      phone: null,
      email: null,
      website: null,
      relationTypes: [],
      tags: [],
      ownerId: null,
      status: 'prospect',
      version: 1,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
      archiveReason: null,
      ...fields,
    } as Organisation;
    this.store.rows.set(organisation.id, organisation);
    return organisation;
  }

  search(): Promise<never> {
    throw new Error('not used by leads');
  }

  async findByKvk(): Promise<Organisation | null> {
    return null;
  }
}

export class InMemoryPersons extends PersonRepository {
  private readonly store = new VersionedRows<Person>();
  findById = (id: string) => this.store.findById(id);
  insert = (person: Person) => this.store.insert(person);
  update = (person: Person, expectedVersion: number) => this.store.update(person, expectedVersion);

  search(): Promise<never> {
    throw new Error('not used by leads');
  }

  async findByBsn(): Promise<Person | null> {
    return null;
  }
}

export class StaticRelationTypes extends RelationTypeCatalog {
  async activeCodes(): Promise<string[]> {
    return ['klant', 'partner', 'leverancier'];
  }
}

export class InMemoryAuditLog extends AuditLog {
  readonly entries: AuditEntry[] = [];

  async record(entry: AuditEntry): Promise<void> {
    this.entries.push(structuredClone(entry));
  }
}

/** Runs the work directly: the use-case tests check rules, not rollback (the HTTP tests do). */
export class DirectTransactions extends TransactionManager {
  run<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}

export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
