import type { Actor } from '@gemeente-crm/api-kernel';
import type { ColumnMapping } from '../mapping/column-mapping.js';

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * uploaded → checked (dry run done for the current mapping) → running (job working through the
 * rows) → done. Changing the mapping sends a checked import back to uploaded.
 */
export const IMPORT_STATUSES = ['uploaded', 'checked', 'running', 'done'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** How many rows the dry run expects to create, update, skip or reject. */
export interface DryRunSummary {
  total: number;
  create: number;
  update: number;
  skip: number;
  error: number;
  checkedAt: Date;
}

/** How far the real run is; counted from the per-row ledger, so it is exact after a crash too. */
export interface ImportProgress {
  total: number;
  done: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

/** An uploaded sheet on its way into the relations. The file itself is kept apart (it can be large). */
export interface RelationImport {
  id: string;
  fileName: string;
  format: ImportFormat;
  fileSize: number;
  /** Header row, made unique ("Telefoon", "Telefoon (2)") and never blank ("Kolom 3"). */
  headers: string[];
  /** The first rows, to show while mapping. */
  sampleRows: string[][];
  /** Data rows (the header not counted). */
  rowCount: number;
  mapping: ColumnMapping;
  status: ImportStatus;
  dryRun: DryRunSummary | null;
  /** Who uploaded it; the run works on their behalf (and the audit trail names them). */
  createdBy: Actor;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** The reason every record change of the run carries in the audit trail. */
export function importReason(fileName: string): string {
  return `Import "${fileName}"`;
}

export const IMPORT_AUDIT_OBJECT_TYPES = { import: 'import', mappingPreset: 'import-mapping-preset' } as const;
