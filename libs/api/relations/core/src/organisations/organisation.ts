import type { Address, AddressInput } from './address.js';

export const ORGANISATION_STATUSES = ['prospect', 'actief', 'inactief'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** Most organisations a gemeente registers are ones it already works with. */
export const DEFAULT_ORGANISATION_STATUS: OrganisationStatus = 'actief';

/** Legal forms (rechtsvormen) as registered in the Handelsregister, plus government bodies. */
export const LEGAL_FORMS = [
  'eenmanszaak',
  'maatschap',
  'vof',
  'cv',
  'bv',
  'nv',
  'stichting',
  'vereniging',
  'cooperatie',
  'overheid',
  'overig',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** How the SPA and documents name each legal form. */
export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  eenmanszaak: 'Eenmanszaak',
  maatschap: 'Maatschap',
  vof: 'Vennootschap onder firma (vof)',
  cv: 'Commanditaire vennootschap (cv)',
  bv: 'Besloten vennootschap (bv)',
  nv: 'Naamloze vennootschap (nv)',
  stichting: 'Stichting',
  vereniging: 'Vereniging',
  cooperatie: 'Coöperatie',
  overheid: 'Overheidsorganisatie',
  overig: 'Overig',
};

/** What staff edit on an organisation: everything except identity and bookkeeping. */
export interface OrganisationFields {
  name: string;
  kvkNumber: string | null;
  vestigingsnummer: string | null;
  legalForm: LegalForm | null;
  /** Digits only, e.g. "4724". */
  sbiCodes: string[];
  visitingAddress: Address | null;
  postalAddress: Address | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Codes from the relation type catalog, e.g. "leverancier". */
  relationTypes: string[];
  /** Lower-case, unique. */
  tags: string[];
  /** Id of the account manager who owns the relation. */
  ownerId: string | null;
  status: OrganisationStatus;
}

export interface Organisation extends OrganisationFields {
  id: string;
  /** Starts at 1 and goes up with every change; updates must name the version they read. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Set when archived; archived organisations are hidden from lists unless asked for. */
  archivedAt: Date | null;
  archiveReason: string | null;
  /**
   * Set when this organisation was merged into another (it is then archived too, and stays
   * read-only for good). Absent on records built before merging existed; treat as null.
   */
  mergedIntoId?: string | null;
  /** What the periodic KvK check last found; null until checked. Not staff-edited. */
  kvkStatus?: KvkRegistrationStatus | null;
  kvkCheckedAt?: Date | null;
}

/**
 * The registration state the KvK check found: still registered, deregistered (uitgeschreven)
 * or not found at all. Only a warning for staff: nothing is archived automatically.
 */
export const KVK_REGISTRATION_STATUSES = ['ingeschreven', 'uitgeschreven', 'onbekend'] as const;
export type KvkRegistrationStatus = (typeof KVK_REGISTRATION_STATUSES)[number];

/** An organisation as a caller submits it: raw strings, optional parts, to be normalised and validated. */
export interface OrganisationInput {
  name: string;
  kvkNumber?: string | null;
  vestigingsnummer?: string | null;
  /** One of LEGAL_FORMS; common spellings such as "B.V." or "Coöperatie" are accepted. */
  legalForm?: string | null;
  sbiCodes?: readonly string[];
  visitingAddress?: AddressInput | null;
  postalAddress?: AddressInput | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  relationTypes?: readonly string[];
  tags?: readonly string[];
  ownerId?: string | null;
  /** One of ORGANISATION_STATUSES; defaults to DEFAULT_ORGANISATION_STATUS. */
  status?: string | null;
}

/**
 * The fields to change; fields left out (undefined) keep their value, null or "" clears them.
 * An address is replaced as a whole: its parts belong together, and keeping an old postcode
 * next to a new street would produce an address that does not exist.
 */
export type OrganisationPatch = Partial<OrganisationInput>;

/** One row of an organisation list. */
export interface OrganisationSummary {
  id: string;
  name: string;
  kvkNumber: string | null;
  /** City of the visiting address. */
  city: string | null;
  status: OrganisationStatus;
  relationTypes: string[];
  tags: string[];
  ownerId: string | null;
  archived: boolean;
  /** Merged into another organisation (then archived too); search shows it labelled as such. */
  merged?: boolean;
  kvkStatus?: KvkRegistrationStatus | null;
  updatedAt: Date;
}

export function isOrganisationStatus(value: string): value is OrganisationStatus {
  return (ORGANISATION_STATUSES as readonly string[]).includes(value);
}

export function isLegalForm(value: string): value is LegalForm {
  return (LEGAL_FORMS as readonly string[]).includes(value);
}

export function toOrganisationSummary(organisation: Organisation): OrganisationSummary {
  return {
    id: organisation.id,
    name: organisation.name,
    kvkNumber: organisation.kvkNumber,
    city: organisation.visitingAddress?.city ?? null,
    status: organisation.status,
    relationTypes: organisation.relationTypes,
    tags: organisation.tags,
    ownerId: organisation.ownerId,
    archived: organisation.archivedAt !== null,
    updatedAt: organisation.updatedAt,
  };
}

/** The editable fields of a stored organisation, as input again (the base a patch applies to). */
export function organisationFieldsOf(organisation: Organisation): OrganisationFields {
  return {
    name: organisation.name,
    kvkNumber: organisation.kvkNumber,
    vestigingsnummer: organisation.vestigingsnummer,
    legalForm: organisation.legalForm,
    sbiCodes: organisation.sbiCodes,
    visitingAddress: organisation.visitingAddress,
    postalAddress: organisation.postalAddress,
    phone: organisation.phone,
    email: organisation.email,
    website: organisation.website,
    relationTypes: organisation.relationTypes,
    tags: organisation.tags,
    ownerId: organisation.ownerId,
    status: organisation.status,
  };
}
