import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { isRole, type Page, type PageRequest } from '@gemeente-crm/api-kernel';
import {
  type ColumnMapping,
  type DryRunSummary,
  type ImportFormat,
  type ImportProgress,
  ImportRepository,
  type ImportStatus,
  type PreparedRow,
  type PreviewQuery,
  type RelationImport,
  type RowPlan,
  type RowResult,
} from '@gemeente-crm/imports-core';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { RelationImportEntity } from './relation-import.entity.js';

@Injectable()
export class TypeormImportRepository extends ImportRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async insert(relationImport: RelationImport, file: Uint8Array): Promise<void> {
    await this.db.manager.insert(RelationImportEntity, { ...toRow(relationImport), file: Buffer.from(file) } as QueryDeepPartialEntity<RelationImportEntity>);
  }

  async findById(id: string): Promise<RelationImport | null> {
    const row = await this.db.manager.findOne(RelationImportEntity, { where: { id } });
    return row ? toRelationImport(row) : null;
  }

  async file(id: string): Promise<Uint8Array | null> {
    const [row]: { file: Buffer }[] = await this.db.manager.query('SELECT file FROM relation_import WHERE id = $1', [id]);
    return row ? row.file : null;
  }

  async update(relationImport: RelationImport): Promise<void> {
    await this.db.manager.update(RelationImportEntity, { id: relationImport.id }, toRow(relationImport) as QueryDeepPartialEntity<RelationImportEntity>);
  }

  async list(page: PageRequest): Promise<Page<RelationImport>> {
    const [rows, total] = await this.db.manager.findAndCount(RelationImportEntity, {
      order: { createdAt: 'DESC', id: 'DESC' },
      take: page.pageSize,
      skip: (page.page - 1) * page.pageSize,
    });
    return { items: rows.map(toRelationImport), page: page.page, pageSize: page.pageSize, total };
  }

  async clearPreview(importId: string): Promise<void> {
    await this.db.manager.query('DELETE FROM relation_import_preview WHERE import_id = $1', [importId]);
  }

  async addPreview(importId: string, rows: readonly PreparedRow[]): Promise<void> {
    if (rows.length === 0) return;
    // One statement per chunk: a row-by-row insert would dominate the dry run of a big file.
    await this.db.manager.query(
      `INSERT INTO relation_import_preview (import_id, row_number, action, plan, input)
       SELECT $1, t.row_number, t.action, t.plan, t.input
       FROM unnest($2::int[], $3::text[], $4::jsonb[], $5::jsonb[]) AS t(row_number, action, plan, input)`,
      [
        importId,
        rows.map((row) => row.rowNumber),
        rows.map((row) => row.plan.action),
        rows.map((row) => JSON.stringify(row.plan)),
        rows.map((row) => JSON.stringify(row.input)),
      ],
    );
  }

  async previewPage(importId: string, query: PreviewQuery): Promise<Page<RowPlan>> {
    const params: unknown[] = [importId];
    let where = 'import_id = $1';
    if (query.action) {
      params.push(query.action);
      where += ' AND action = $2';
    }
    const [rows, [count]] = await Promise.all([
      this.db.manager.query(`SELECT plan FROM relation_import_preview WHERE ${where} ORDER BY row_number LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`, params) as Promise<
        { plan: RowPlan }[]
      >,
      this.db.manager.query(`SELECT count(*)::int AS n FROM relation_import_preview WHERE ${where}`, params) as Promise<{ n: number }[]>,
    ]);
    return { items: rows.map((row) => row.plan), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
  }

  async preparedRows(importId: string, afterRow: number, limit: number, pendingOnly: boolean): Promise<PreparedRow[]> {
    const pending = pendingOnly
      ? 'AND NOT EXISTS (SELECT 1 FROM relation_import_row r WHERE r.import_id = p.import_id AND r.row_number = p.row_number)'
      : '';
    const rows: { row_number: number; input: PreparedRow['input']; plan: RowPlan }[] = await this.db.manager.query(
      `SELECT p.row_number, p.input, p.plan FROM relation_import_preview p
       WHERE p.import_id = $1 AND p.row_number > $2 ${pending}
       ORDER BY p.row_number LIMIT $3`,
      [importId, afterRow, limit],
    );
    return rows.map((row) => ({ rowNumber: row.row_number, input: row.input, plan: row.plan }));
  }

  async claimRow(importId: string, rowNumber: number): Promise<boolean> {
    // A second worker on the same row waits for the first one's transaction, then finds it taken.
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO relation_import_row (import_id, row_number, outcome, result, done_at) VALUES ($1, $2, 'pending', NULL, now())
       ON CONFLICT (import_id, row_number) DO NOTHING RETURNING 1`,
      [importId, rowNumber],
    );
    return rows.length === 1;
  }

  async completeRow(importId: string, rowNumber: number, result: RowResult): Promise<void> {
    await this.db.manager.query('UPDATE relation_import_row SET outcome = $3, result = $4, done_at = now() WHERE import_id = $1 AND row_number = $2', [
      importId,
      rowNumber,
      result.outcome,
      JSON.stringify(result),
    ]);
  }

  async failRow(importId: string, rowNumber: number, result: RowResult): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO relation_import_row (import_id, row_number, outcome, result, done_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (import_id, row_number) DO NOTHING`,
      [importId, rowNumber, result.outcome, JSON.stringify(result)],
    );
  }

  savepoint<T>(work: () => Promise<T>): Promise<T> {
    return this.db.savepoint(work);
  }

  async rowResult(importId: string, rowNumber: number): Promise<RowResult | null> {
    const [row]: { result: RowResult | null }[] = await this.db.manager.query(
      'SELECT result FROM relation_import_row WHERE import_id = $1 AND row_number = $2',
      [importId, rowNumber],
    );
    return row?.result ?? null;
  }

  async progress(importId: string): Promise<ImportProgress> {
    const rows: { outcome: string; n: number }[] = await this.db.manager.query(
      `SELECT outcome, count(*)::int AS n FROM relation_import_row WHERE import_id = $1 GROUP BY outcome`,
      [importId],
    );
    const [total]: { n: number }[] = await this.db.manager.query('SELECT row_count AS n FROM relation_import WHERE id = $1', [importId]);
    const count = (outcome: string) => rows.find((row) => row.outcome === outcome)?.n ?? 0;
    const progress = { created: count('created'), updated: count('updated'), skipped: count('skipped'), failed: count('failed') };
    return { total: total?.n ?? 0, done: progress.created + progress.updated + progress.skipped + progress.failed, ...progress };
  }

  async runningIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(`SELECT id FROM relation_import WHERE status = 'running'`);
    return rows.map((row) => row.id);
  }
}

function toRow(relationImport: RelationImport): Omit<RelationImportEntity, 'file'> {
  return {
    id: relationImport.id,
    fileName: relationImport.fileName,
    format: relationImport.format,
    fileSize: relationImport.fileSize,
    headers: relationImport.headers,
    sampleRows: relationImport.sampleRows,
    rowCount: relationImport.rowCount,
    mapping: relationImport.mapping,
    status: relationImport.status,
    dryRun: relationImport.dryRun ? { ...relationImport.dryRun, checkedAt: relationImport.dryRun.checkedAt.toISOString() } : null,
    createdBy: { id: relationImport.createdBy.id, displayName: relationImport.createdBy.displayName, roles: [...relationImport.createdBy.roles] },
    createdAt: relationImport.createdAt,
    updatedAt: relationImport.updatedAt,
    startedAt: relationImport.startedAt,
    finishedAt: relationImport.finishedAt,
  };
}

function toRelationImport(row: RelationImportEntity): RelationImport {
  const dryRun = row.dryRun as (Omit<DryRunSummary, 'checkedAt'> & { checkedAt: string }) | null;
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format as ImportFormat,
    fileSize: row.fileSize,
    headers: row.headers,
    sampleRows: row.sampleRows,
    rowCount: row.rowCount,
    mapping: row.mapping as ColumnMapping,
    status: row.status as ImportStatus,
    dryRun: dryRun ? { ...dryRun, checkedAt: new Date(dryRun.checkedAt) } : null,
    createdBy: { id: row.createdBy.id, displayName: row.createdBy.displayName, roles: row.createdBy.roles.filter(isRole) },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
