import type { ImportWithProgress, MappingPreset, RowPlan, RowPlanWithDuplicates } from '@gemeente-crm/imports-core';
import { DUPLICATE_REASON_LABELS } from '@gemeente-crm/relations-core';

export function importView({ relationImport: i, progress }: ImportWithProgress) {
  return {
    id: i.id,
    fileName: i.fileName,
    format: i.format,
    fileSize: i.fileSize,
    headers: i.headers,
    sampleRows: i.sampleRows,
    rowCount: i.rowCount,
    mapping: i.mapping,
    status: i.status,
    dryRun: i.dryRun ? { ...i.dryRun, checkedAt: i.dryRun.checkedAt.toISOString() } : null,
    progress,
    createdBy: { id: i.createdBy.id, name: i.createdBy.displayName },
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    startedAt: i.startedAt?.toISOString() ?? null,
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}

export function rowView(row: RowPlanWithDuplicates) {
  return {
    ...row,
    possibleDuplicates: row.possibleDuplicates.map(({ kind, candidate }) => ({
      kind,
      id: candidate.id,
      name: candidate.name,
      score: candidate.score,
      reasons: candidate.reasons,
      explanation: candidate.reasons.map((reason) => DUPLICATE_REASON_LABELS[reason]).join(', '),
    })),
  };
}

export function presetView(preset: MappingPreset) {
  return { ...preset, createdAt: preset.createdAt.toISOString(), updatedAt: preset.updatedAt.toISOString() };
}

const ACTION_LABELS = { create: 'Nieuw', update: 'Bijwerken', skip: 'Overslaan', error: 'Fout' } as const;
const RECORD_ACTION_LABELS = { create: 'nieuw', update: 'bijwerken', unchanged: 'ongewijzigd' } as const;

/** One dry-run row as a line of the downloadable CSV (Dutch Excel: `;`-separated). */
export function rowCsvLine(plan: RowPlan): string {
  const reason =
    plan.skipReason === 'empty'
      ? 'Lege rij'
      : plan.skipReason === 'duplicate-row'
        ? `Herhaling van rij ${plan.duplicateOfRow}`
        : plan.skipReason === 'unchanged'
          ? 'Niets nieuws'
          : '';
  const record = (part: RowPlan['organisation']) =>
    part ? `${part.name} (${RECORD_ACTION_LABELS[part.action]}${part.sameAsRow ? `, zelfde als rij ${part.sameAsRow}` : ''})` : '';
  const changes = [...(plan.organisation?.changedFields ?? []), ...(plan.person?.changedFields ?? [])].join(', ');
  const errors = plan.errors.map((error) => (error.column ? `${error.column}: ${error.message}` : error.message)).join(' | ');
  const link = plan.link === 'create' ? 'wordt contactpersoon' : plan.link === 'exists' ? 'is al contactpersoon' : '';
  return [String(plan.rowNumber), ACTION_LABELS[plan.action], reason, record(plan.organisation), record(plan.person), link, changes, errors].map(csvCell).join(';');
}

export const ROW_CSV_HEADER = ['Rij', 'Actie', 'Reden', 'Organisatie', 'Persoon', 'Contactpersoon', 'Wijzigingen', 'Fouten'].join(';');

function csvCell(value: string): string {
  // A leading = + - @ would make Excel run the cell as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
