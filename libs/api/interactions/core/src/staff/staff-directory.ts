import type { FieldError } from '@gemeente-crm/api-kernel';

/**
 * The staff members the CRM knows (from their logins): who may take part in a contact moment,
 * be assigned a task or receive a notification.
 */
export abstract class StaffDirectory {
  /** Those of `ids` that belong to known staff members. */
  abstract knownIds(ids: readonly string[]): Promise<Set<string>>;

  /** Display names by id; unknown ids are left out. */
  abstract namesOf(ids: readonly (string | null)[]): Promise<Map<string, string>>;
}

/** A field error for every id in `ids` that is not a known staff member. */
export async function unknownStaffErrors(
  directory: StaffDirectory,
  ids: readonly string[],
  fieldOf: (id: string) => string,
  code: string,
): Promise<FieldError[]> {
  if (!ids.length) return [];
  const known = await directory.knownIds(ids);
  return ids.flatMap((id) =>
    known.has(id) ? [] : [{ field: fieldOf(id), code, message: 'Deze medewerker is niet bekend; medewerkers worden bekend zodra ze inloggen.' }],
  );
}
