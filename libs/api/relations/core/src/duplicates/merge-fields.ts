/**
 * Which value a merged field takes: the surviving record's, the merged record's, or (lists
 * such as tags only) both together.
 */
export const FIELD_CHOICES = ['survivor', 'merged', 'both'] as const;
export type FieldChoice = (typeof FIELD_CHOICES)[number];

/** The organisation fields staff choose between; `kvkNumber` carries `vestigingsnummer` with it. */
export const MERGEABLE_ORGANISATION_FIELDS = [
  'name',
  'kvkNumber',
  'legalForm',
  'sbiCodes',
  'visitingAddress',
  'postalAddress',
  'phone',
  'email',
  'website',
  'relationTypes',
  'tags',
  'ownerId',
  'status',
] as const;
export type MergeableOrganisationField = (typeof MERGEABLE_ORGANISATION_FIELDS)[number];

/**
 * The person fields staff choose between. Not the BSN: it is never shown side by side; the
 * survivor keeps its own, or takes the merged person's when it has none.
 */
export const MERGEABLE_PERSON_FIELDS = ['voornaam', 'tussenvoegsel', 'achternaam', 'email', 'phone', 'postalAddress'] as const;
export type MergeablePersonField = (typeof MERGEABLE_PERSON_FIELDS)[number];

export type FieldChoices<F extends string> = Partial<Record<F, FieldChoice>>;

/** Values that count as "not filled in", so the other record's value wins by default. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields whose values differ between the two records: the ones the merge screen asks about. */
export function differingFields<T extends object, F extends keyof T & string>(survivor: T, merged: T, fields: readonly F[]): F[] {
  return fields.filter((field) => !sameValue(survivor[field], merged[field]));
}

/**
 * The survivor's fields after the merge, and the choice made for every differing field (for
 * the audit trail). A field without a choice keeps the survivor's value, or takes the merged
 * record's when the survivor's is empty, so nothing filled in is lost by default. 'both' on a
 * list field keeps the values of both, survivor's first, without repeats; on any other field
 * it means 'survivor'.
 */
export function mergeFieldValues<T extends object, F extends keyof T & string>(
  survivor: T,
  merged: T,
  fields: readonly F[],
  choices: FieldChoices<F>,
): { values: Pick<T, F>; choices: Record<string, FieldChoice> } {
  const values = {} as Pick<T, F>;
  const made: Record<string, FieldChoice> = {};
  for (const field of fields) {
    const mine = survivor[field];
    const theirs = merged[field];
    if (sameValue(mine, theirs)) {
      values[field] = mine;
      continue;
    }
    let choice: FieldChoice = choices[field] ?? (isEmpty(mine) ? 'merged' : 'survivor');
    if (choice === 'both' && !(Array.isArray(mine) && Array.isArray(theirs))) choice = 'survivor';
    values[field] =
      choice === 'merged' ? theirs : choice === 'both' ? ([...new Set([...(mine as unknown[]), ...(theirs as unknown[])])] as T[F]) : mine;
    made[field] = choice;
  }
  return { values, choices: made };
}
