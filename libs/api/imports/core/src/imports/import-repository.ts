import type { Page, PageRequest } from '@gemeente-crm/api-kernel';
import type { ImportRowInput } from '../rows/row-input.js';
import type { RowAction, RowPlan, RowResult } from '../rows/row-plan.js';
import type { ImportProgress, RelationImport } from './relation-import.js';

/** A row the dry run prepared, as the run reads it back. */
export interface PreparedRow {
  rowNumber: number;
  input: ImportRowInput;
  plan: RowPlan;
}

export interface PreviewQuery extends PageRequest {
  action?: RowAction;
}

/**
 * Imports, their files, the dry run's rows and the run's per-row ledger. Called inside
 * `TransactionManager.run` where writes must commit with the records they concern.
 */
export abstract class ImportRepository {
  abstract insert(relationImport: RelationImport, file: Uint8Array): Promise<void>;

  /** Without the file. */
  abstract findById(id: string): Promise<RelationImport | null>;

  abstract file(id: string): Promise<Uint8Array | null>;

  abstract update(relationImport: RelationImport): Promise<void>;

  /** Newest first. */
  abstract list(page: PageRequest): Promise<Page<RelationImport>>;

  /** Forgets the previous dry run of this import. */
  abstract clearPreview(importId: string): Promise<void>;

  abstract addPreview(importId: string, rows: readonly PreparedRow[]): Promise<void>;

  abstract previewPage(importId: string, query: PreviewQuery): Promise<Page<RowPlan>>;

  /** Prepared rows after `afterRow` in row order, at most `limit`; with `pendingOnly` only rows the run has not done. */
  abstract preparedRows(importId: string, afterRow: number, limit: number, pendingOnly: boolean): Promise<PreparedRow[]>;

  /**
   * Marks the row as being imported, in the current transaction; false when it was already
   * (the unique key on import and row number), so no row is ever imported twice.
   */
  abstract claimRow(importId: string, rowNumber: number): Promise<boolean>;

  /** Stores the result of a claimed row, in the same transaction as the records it wrote. */
  abstract completeRow(importId: string, rowNumber: number, result: RowResult): Promise<void>;

  /** Records a row that failed (its records rolled back); does nothing when the row is already done. */
  abstract failRow(importId: string, rowNumber: number, result: RowResult): Promise<void>;

  /**
   * Runs `work` in a savepoint of the current transaction: when it throws, only its writes are
   * undone and the transaction goes on (one bad row must not undo the rows before it).
   */
  abstract savepoint<T>(work: () => Promise<T>): Promise<T>;

  abstract rowResult(importId: string, rowNumber: number): Promise<RowResult | null>;

  abstract progress(importId: string): Promise<ImportProgress>;

  /** Imports whose run was started and not finished (to resume after a restart). */
  abstract runningIds(): Promise<string[]>;
}
