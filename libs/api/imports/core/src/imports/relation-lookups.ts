/** Key of an organisation in the register: KvK-nummer plus vestigingsnummer (blank for none). */
export function kvkKey(kvkNumber: string, vestigingsnummer: string | null | undefined): string {
  return `${kvkNumber}|${vestigingsnummer ?? ''}`;
}

export interface StaffMember {
  id: string;
  displayName: string;
}

/**
 * Bulk look-ups the import needs next to the relations repositories: matching thousands of
 * rows one query at a time would make a dry run of a big sheet take minutes.
 */
export abstract class RelationLookups {
  /** Organisation ids (archived too) by `kvkKey`; keys without a match are absent. */
  abstract organisationIdsByKvk(keys: readonly { kvkNumber: string; vestigingsnummer: string | null }[]): Promise<Map<string, string>>;

  /** Ids of persons that are not archived, by exact e-mail address; the oldest person wins. */
  abstract personIdsByEmail(emails: readonly string[]): Promise<Map<string, string>>;

  abstract isContactPerson(organisationId: string, personId: string): Promise<boolean>;

  /** Staff who may own relations. */
  abstract staff(): Promise<StaffMember[]>;
}
