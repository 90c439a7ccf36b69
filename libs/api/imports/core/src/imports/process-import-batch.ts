import { type ChangeContext, Clock, DomainError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import {
  CreateOrganisation,
  CreatePerson,
  LinkContactPerson,
  OrganisationRepository,
  PersonRepository,
  UpdateOrganisation,
  UpdatePerson,
  UseCase,
  checkOrganisationInput,
  checkPersonInput,
} from '@gemeente-crm/relations-core';
import { organisationPatch, personPatch, rowErrors } from '../rows/record-changes.js';
import { unknownOwnerMessage } from '../rows/owner.js';
import type { RecordAction, RowError, RowResult } from '../rows/row-plan.js';
import { importNotFound } from './import-errors.js';
import { ImportRepository, type PreparedRow } from './import-repository.js';
import { importReason, type RelationImport } from './relation-import.js';
import { RelationLookups } from './relation-lookups.js';
import { independentLanes } from './independent-lanes.js';

export interface BatchLimits {
  /** Stop after this many rows (tests, and a way to pace the job). */
  maxRows?: number;
  /** Stop after the row that passes this much time, so one job never outlives its lease. */
  maxMillis?: number;
}

export interface BatchResult {
  processed: number;
  /** True when every row is done and the import is marked done. */
  finished: boolean;
}

/** Rows read per round trip; the lanes of one page all finish before the next page is read. */
const PAGE = 200;
/**
 * Rows committed together, each in its own savepoint: a commit waits for the disk, and per row
 * that would dominate.
 */
const ROWS_PER_TRANSACTION = 20;
/**
 * Transactions in flight at once. A row is a string of short statements, so one lane leaves
 * the database waiting for Node half the time and Node waiting for the database the other
 * half; two lanes keep both busy.
 */
const LANES = 2;

/**
 * The real run, a batch at a time: every row goes through the relations use cases (the same
 * validation and audit trail as the UI, with the reason `Import "<file>"`), and the row's
 * records and its "done" mark commit in one transaction (a few rows share a commit, each in a
 * savepoint of its own). A row already marked is never done again, so a run stopped anywhere —
 * even by kill -9 — resumes without duplicates or gaps. Rows that touch the same organisation
 * or person stay in one lane, in file order; unrelated rows go in parallel lanes.
 */
@UseCase()
export class ProcessImportBatch {
  constructor(
    private readonly imports: ImportRepository,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly lookups: RelationLookups,
    private readonly createOrganisation: CreateOrganisation,
    private readonly updateOrganisation: UpdateOrganisation,
    private readonly createPerson: CreatePerson,
    private readonly updatePerson: UpdatePerson,
    private readonly linkContactPerson: LinkContactPerson,
    private readonly transactions: TransactionManager,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, limits: BatchLimits = {}): Promise<BatchResult> {
    const relationImport = await this.imports.findById(id);
    if (!relationImport) throw importNotFound();
    if (relationImport.status !== 'running') return { processed: 0, finished: relationImport.status === 'done' };
    const context: ChangeContext = { actor: relationImport.createdBy, reason: importReason(relationImport.fileName), client: 'import', requestId: `import:${id}` };
    const deadline = limits.maxMillis === undefined ? Infinity : Date.now() + limits.maxMillis;
    const maxRows = limits.maxRows ?? Infinity;
    let processed = 0;
    let afterRow = 0;
    while (processed < maxRows && Date.now() < deadline) {
      const rows = await this.imports.preparedRows(id, afterRow, Math.min(PAGE, maxRows - processed), true);
      if (rows.length === 0) {
        if (afterRow > 0) {
          // Once more from the top: rows a lane left when the time was up are still pending.
          afterRow = 0;
          continue;
        }
        const done: RelationImport = { ...relationImport, status: 'done', finishedAt: this.clock.now(), updatedAt: this.clock.now() };
        await this.imports.update(done);
        return { processed, finished: true };
      }
      const lanes = independentLanes(rows, LANES);
      const results = await Promise.allSettled(lanes.map((lane) => this.processLane(relationImport, lane, context, deadline)));
      for (const result of results) if (result.status === 'fulfilled') processed += result.value;
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) throw failure.reason;
      afterRow = rows[rows.length - 1]!.rowNumber;
    }
    return { processed, finished: false };
  }

  /** The lane's rows in file order, a transaction per group; stops between groups when time is up. */
  private async processLane(relationImport: RelationImport, rows: PreparedRow[], context: ChangeContext, deadline: number): Promise<number> {
    let processed = 0;
    for (let start = 0; start < rows.length && Date.now() < deadline; start += ROWS_PER_TRANSACTION) {
      const group = rows.slice(start, start + ROWS_PER_TRANSACTION);
      await this.transactions.run(async () => {
        for (const row of group) await this.processRow(relationImport, row, context);
      });
      processed += group.length;
    }
    return processed;
  }

  private async processRow(relationImport: RelationImport, row: PreparedRow, context: ChangeContext): Promise<void> {
    const { id } = relationImport;
    const stage: Stage = { part: 'organisation' };
    try {
      await this.imports.savepoint(async () => {
        if (!(await this.imports.claimRow(id, row.rowNumber))) return;
        await this.imports.completeRow(id, row.rowNumber, await this.importRow(relationImport, row, context, stage));
      });
    } catch (error) {
      // The row's records rolled back to its savepoint; what went wrong is kept with the row.
      // Anything else (database gone) is no verdict on the row: the job fails and is retried.
      if (!(error instanceof DomainError)) throw error;
      await this.imports.failRow(id, row.rowNumber, failed(relationImport, error, stage.part));
    }
  }

  private async importRow(relationImport: RelationImport, row: PreparedRow, context: ChangeContext, stage: Stage): Promise<RowResult> {
    const { input, plan } = row;
    const result: RowResult = { outcome: 'skipped', organisationId: null, personId: null, organisation: null, person: null, link: null, skipReason: null, errors: [] };
    if (plan.skipReason === 'empty' || plan.skipReason === 'duplicate-row') return { ...result, skipReason: plan.skipReason };
    if (input.organisation && input.owner && !input.organisation.ownerId) {
      throw new ValidationError([{ field: 'owner', code: 'owner.unknown', message: unknownOwnerMessage(input.owner) }]);
    }
    if (input.organisation) {
      const outcome = await this.importOrganisation(relationImport.id, row, context);
      result.organisationId = outcome.id;
      result.organisation = outcome.action;
    }
    if (input.person) {
      stage.part = 'person';
      const outcome = await this.importPerson(input.person, context);
      result.personId = outcome.id;
      result.person = outcome.action;
    }
    if (result.organisationId && result.personId) {
      stage.part = 'contactPerson';
      // A record created just now cannot be linked yet: no need to ask.
      const bothExisted = result.organisation !== 'create' && result.person !== 'create';
      if (bothExisted && (await this.lookups.isContactPerson(result.organisationId, result.personId))) {
        result.link = 'exists';
      } else {
        await this.linkContactPerson.execute(result.organisationId, { personId: result.personId, function: input.contactFunction }, context);
        result.link = 'create';
      }
    }
    const actions = [result.organisation, result.person];
    if (actions.includes('create')) result.outcome = 'created';
    else if (actions.includes('update') || result.link === 'create') result.outcome = 'updated';
    else result.skipReason = 'unchanged';
    return result;
  }

  private async importOrganisation(importId: string, row: PreparedRow, context: ChangeContext): Promise<{ id: string; action: RecordAction }> {
    const input = row.input.organisation!;
    const { kvkNumber, vestigingsnummer } = checkOrganisationInput(input, { relationTypeCodes: [] }).fields;
    let existingId: string | null = null;
    if (kvkNumber) {
      existingId = (await this.organisations.findByKvk(kvkNumber, vestigingsnummer))?.id ?? null;
    } else if (row.plan.organisation?.sameAsRow) {
      // No KvK-nummer to match on: the organisation the earlier row of this file created.
      existingId = (await this.imports.rowResult(importId, row.plan.organisation.sameAsRow))?.organisationId ?? null;
    }
    const current = existingId ? await this.organisations.findById(existingId) : null;
    if (!current) return { id: (await this.createOrganisation.execute(input, context)).id, action: 'create' };
    const next = await this.updateOrganisation.execute(current.id, organisationPatch(current, input), current.version, context);
    return { id: current.id, action: next.version === current.version ? 'unchanged' : 'update' };
  }

  private async importPerson(input: NonNullable<PreparedRow['input']['person']>, context: ChangeContext): Promise<{ id: string; action: RecordAction }> {
    const { email } = checkPersonInput(input).fields;
    const existingId = email ? ((await this.lookups.personIdsByEmail([email])).get(email) ?? null) : null;
    const current = existingId ? await this.persons.findById(existingId) : null;
    if (!current) return { id: (await this.createPerson.execute(input, context)).id, action: 'create' };
    const next = await this.updatePerson.execute(current.id, personPatch(input), current.version, context);
    return { id: current.id, action: next.version === current.version ? 'unchanged' : 'update' };
  }
}

interface Stage {
  part: 'organisation' | 'person' | 'contactPerson';
}

function failed(relationImport: RelationImport, error: DomainError, part: Stage['part']): RowResult {
  let errors: RowError[];
  if (error instanceof ValidationError) {
    errors = rowErrors(part, error.errors, relationImport.mapping);
  } else {
    errors = [{ field: 'row', column: null, code: error.code, message: error.message }];
  }
  return { outcome: 'failed', organisationId: null, personId: null, organisation: null, person: null, link: null, skipReason: null, errors };
}
