import type { TFunction } from 'i18next';
import type { Address, Organisation, Person } from '@gemeente-crm/web-api-client';
import { formatAddress } from '../shared/addressForm';
import { statusLabel } from '../shared/labels';
import type { MergeFieldChoice, RelationKind } from './duplicatesApi';

/** Which record's value a field takes, in terms of the two columns on screen. */
export type Side = 'first' | 'second' | 'both';

/** One row of the merge screen: a field whose values differ. */
export interface MergeRow {
  field: string;
  label: string;
  first: string;
  second: string;
  /** Lists (tags, relation types, SBI codes) can keep the values of both. */
  list: boolean;
}

const LIST_FIELDS = new Set(['sbiCodes', 'relationTypes', 'tags']);

type AnyRecord = Organisation | Person;

function display(t: TFunction, kind: RelationKind, field: string, record: AnyRecord): string {
  const value = (record as unknown as Record<string, unknown>)[field];
  // Organisations have both addresses, persons a postal address only.
  if (field === 'visitingAddress' || field === 'postalAddress') return formatAddress(value as Address | null);
  if (kind === 'organisation') {
    const organisation = record as Organisation;
    if (field === 'kvkNumber') return [organisation.kvkNumber, organisation.vestigingsnummer].filter(Boolean).join(' / ');
    if (field === 'ownerId') return organisation.ownerName ?? organisation.ownerId ?? '';
    if (field === 'status') return statusLabel(t, organisation.status);
  }
  if (Array.isArray(value)) return value.join(', ');
  return value === null || value === undefined ? '' : String(value);
}

/** The rows the merge screen asks about, in the API's field order. */
export function mergeRows(t: TFunction, kind: RelationKind, differingFields: readonly string[], first: AnyRecord, second: AnyRecord): MergeRow[] {
  return differingFields.map((field) => ({
    field,
    label: t(`fields.${field}` as 'fields.name'),
    first: display(t, kind, field, first),
    second: display(t, kind, field, second),
    list: LIST_FIELDS.has(field),
  }));
}

/** The side chosen when staff choose nothing: the survivor's value, unless it is empty. */
export function defaultSide(row: MergeRow, survivor: 'first' | 'second'): Side {
  const other = survivor === 'first' ? 'second' : 'first';
  return row[survivor] === '' && row[other] !== '' ? other : survivor;
}

/** Screen choices as the API takes them: relative to the surviving record. */
export function toFieldChoices(sides: Record<string, Side>, survivor: 'first' | 'second'): Record<string, MergeFieldChoice> {
  return Object.fromEntries(Object.entries(sides).map(([field, side]) => [field, side === 'both' ? 'both' : side === survivor ? 'survivor' : 'merged']));
}
