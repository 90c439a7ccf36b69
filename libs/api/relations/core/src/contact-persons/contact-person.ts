import type { PersonName } from '../rules/person-name.js';

/** A person working for an organisation, in a function. A person may work for several organisations. */
export interface ContactPerson {
  id: string;
  organisationId: string;
  personId: string;
  /** The person's function (functie) at the organisation, e.g. "Inkoper". */
  function: string | null;
  createdAt: Date;
}

export interface ContactPersonInput {
  personId: string;
  function?: string | null;
}

/**
 * A link together with what a list shows of both sides; the adapter fills it with one join,
 * so listing contact persons never needs a query per row.
 */
export interface ContactPersonListing extends ContactPerson, PersonName {
  organisationName: string;
  organisationArchived: boolean;
  email: string | null;
  phone: string | null;
  personArchived: boolean;
}

/** A contact person as lists show it, on the organisation's page or on the person's. */
export interface ContactPersonView {
  id: string;
  organisationId: string;
  organisationName: string;
  personId: string;
  /** "Jan van der Berg" */
  displayName: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  organisationArchived: boolean;
  personArchived: boolean;
  createdAt: Date;
}

export const MAX_FUNCTION_LENGTH = 100;
