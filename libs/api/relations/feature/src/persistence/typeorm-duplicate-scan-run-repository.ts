import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import {
  type DuplicateScanRun,
  DuplicateScanRunRepository,
  type DuplicateScanStatus,
  type DuplicateScanTrigger,
} from '@gemeente-crm/relations-core';
import { In, Not } from 'typeorm';
import { DuplicateScanRunEntity } from './duplicate-scan-run.entity.js';

/** Any fixed key: requests for a scan take it for the rest of their transaction. */
const REQUEST_LOCK_KEY = 'duplicate_scan_run';

function toRun(row: DuplicateScanRunEntity): DuplicateScanRun {
  return {
    id: row.id,
    trigger: row.trigger as DuplicateScanTrigger,
    requestedBy: row.requestedById ? { id: row.requestedById, name: row.requestedByName ?? '' } : null,
    requestedAt: row.requestedAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    status: row.status as DuplicateScanStatus,
    results: row.results,
    error: row.error,
  };
}

function toRow(run: DuplicateScanRun): DuplicateScanRunEntity {
  return {
    id: run.id,
    trigger: run.trigger,
    requestedById: run.requestedBy?.id ?? null,
    requestedByName: run.requestedBy?.name ?? null,
    requestedAt: run.requestedAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    status: run.status,
    results: run.results as DuplicateScanRunEntity['results'],
    error: run.error,
  };
}

@Injectable()
export class TypeormDuplicateScanRunRepository extends DuplicateScanRunRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  private get repo() {
    return this.db.manager.getRepository(DuplicateScanRunEntity);
  }

  async lockRequests(): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [REQUEST_LOCK_KEY]);
  }

  async create(run: DuplicateScanRun): Promise<void> {
    await this.repo.insert(toRow(run));
  }

  async update(run: DuplicateScanRun): Promise<void> {
    const { id, ...rest } = toRow(run);
    await this.repo.update({ id }, rest);
  }

  async findById(id: string): Promise<DuplicateScanRun | null> {
    const row = await this.repo.findOneBy({ id });
    return row ? toRun(row) : null;
  }

  async latest(): Promise<DuplicateScanRun | null> {
    const [row] = await this.repo.find({ order: { requestedAt: 'DESC', id: 'DESC' }, take: 1 });
    return row ? toRun(row) : null;
  }

  async active(): Promise<DuplicateScanRun | null> {
    const [row] = await this.repo.find({ where: { status: In(['queued', 'running']) }, order: { requestedAt: 'DESC' }, take: 1 });
    return row ? toRun(row) : null;
  }

  async oldestQueued(): Promise<DuplicateScanRun | null> {
    const [row] = await this.repo.find({ where: { status: 'queued' }, order: { requestedAt: 'ASC' }, take: 1 });
    return row ? toRun(row) : null;
  }

  async failInterrupted(exceptId: string, at: Date, error: string): Promise<number> {
    const result = await this.repo.update({ status: 'running', id: Not(exceptId) }, { status: 'failed', finishedAt: at, error });
    return result.affected ?? 0;
  }
}
