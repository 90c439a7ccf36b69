import type { DuplicateCandidate } from '@gemeente-crm/relations-core';

/** What the import does with one row, overall. `skip` rows change nothing. */
export const ROW_ACTIONS = ['create', 'update', 'skip', 'error'] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

export const SKIP_REASONS = ['empty', 'duplicate-row', 'unchanged'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type RecordAction = 'create' | 'update' | 'unchanged';

/** The organisation or person part of a row. */
export interface RecordPlan {
  action: RecordAction;
  /** The existing record it matched (update/unchanged), null for a new one. */
  id: string | null;
  name: string;
  /** Field names that an update changes. */
  changedFields: string[];
  /** Same organisation or person as an earlier row of the file (same KvK-nummer or e-mail). */
  sameAsRow: number | null;
}

/** A field error of a row, pointing at the sheet's column where we know it. */
export interface RowError {
  /** `organisation.visitingAddress.postcode`, `person.email`, or `row` for the row as a whole. */
  field: string;
  column: string | null;
  code: string;
  message: string;
}

export interface PossibleDuplicate {
  kind: 'organisation' | 'person';
  candidate: DuplicateCandidate;
}

/** The dry run's verdict on one row. */
export interface RowPlan {
  /** As the spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  rowNumber: number;
  action: RowAction;
  skipReason: SkipReason | null;
  duplicateOfRow: number | null;
  organisation: RecordPlan | null;
  person: RecordPlan | null;
  /** Whether the person becomes a contact person of the organisation of this row. */
  link: 'create' | 'exists' | null;
  errors: RowError[];
}

/** What the real run did with a row (kept per row, so a second run skips it). */
export type RowOutcome = 'created' | 'updated' | 'skipped' | 'failed';

export interface RowResult {
  outcome: RowOutcome;
  organisationId: string | null;
  personId: string | null;
  organisation: RecordAction | null;
  person: RecordAction | null;
  link: 'create' | 'exists' | null;
  skipReason: SkipReason | null;
  errors: RowError[];
}

export function overallAction(plan: Pick<RowPlan, 'organisation' | 'person' | 'link' | 'errors'>): { action: RowAction; skipReason: SkipReason | null } {
  if (plan.errors.length > 0) return { action: 'error', skipReason: null };
  const parts = [plan.organisation?.action, plan.person?.action];
  if (parts.includes('create') || plan.link === 'create') return { action: parts.includes('create') ? 'create' : 'update', skipReason: null };
  if (parts.includes('update')) return { action: 'update', skipReason: null };
  return { action: 'skip', skipReason: 'unchanged' };
}
