import type { Address, AddressInput } from '../organisations/address.js';
import type { PersonName } from '../rules/person-name.js';

/** What staff edit on a person: a contact person of an organisation, a resident, or both. */
export interface PersonFields extends PersonName {
  email: string | null;
  phone: string | null;
  /**
   * Burgerservicenummer, only for residents. Sensitive (AVG): adapters store it encrypted,
   * the audit trail records only that it changed, and only BSN_READER_ROLES see it.
   */
  bsn: string | null;
  /** Where letters go (residents and contact persons alike); same shape and rules as an organisation's addresses. */
  postalAddress: Address | null;
}

export interface Person extends PersonFields {
  id: string;
  /** Starts at 1 and goes up with every change; updates must name the version they read. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  archiveReason: string | null;
  /** Set when this person was merged into another (then archived and read-only for good); absent = null. */
  mergedIntoId?: string | null;
}

/** A person as a caller submits it, to be normalised and validated. */
export interface PersonInput {
  voornaam?: string | null;
  tussenvoegsel?: string | null;
  achternaam: string;
  email?: string | null;
  phone?: string | null;
  bsn?: string | null;
  postalAddress?: AddressInput | null;
}

/**
 * The fields to change; undefined keeps a value, null or "" clears it. The address is
 * replaced as a whole, as for organisations.
 */
export type PersonPatch = Partial<PersonInput>;

/**
 * A person as shown to a user. `bsn` is present only when the user's roles may see it;
 * otherwise the key is absent altogether, so it cannot leak through a serializer.
 */
export type PersonDetails = Omit<Person, 'bsn'> & { displayName: string; bsn?: string | null };

/** One row of a person list; never carries the BSN. */
export interface PersonSummary {
  id: string;
  /** "Jan van der Berg" */
  displayName: string;
  /** "Berg, Jan van der" */
  sortName: string;
  email: string | null;
  phone: string | null;
  /** City of the postal address. */
  city: string | null;
  archived: boolean;
  /** Merged into another person (then archived too). */
  merged?: boolean;
  updatedAt: Date;
}

export function personFieldsOf(person: Person): PersonFields {
  return {
    voornaam: person.voornaam,
    tussenvoegsel: person.tussenvoegsel,
    achternaam: person.achternaam,
    email: person.email,
    phone: person.phone,
    bsn: person.bsn,
    postalAddress: person.postalAddress,
  };
}
