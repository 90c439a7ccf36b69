import type { Address } from '../organisations/address.js';
import type { LegalForm } from '../organisations/organisation.js';

/** One of the activities a company registered, as an SBI code with the register's description. */
export interface SbiActivity {
  /** Digits only, e.g. "4724". */
  code: string;
  description: string;
  /** The main activity; a register lists exactly one per company. */
  main: boolean;
}

/**
 * What the company register knows about a company, in the CRM's vocabulary. The adapter maps
 * the register's own terms (rechtsvorm, bezoekadres, correspondentieadres...) to these.
 */
export interface CompanyProfile {
  kvkNumber: string;
  /** The main branch's number; null when the company has no branch (some legal entities). */
  vestigingsnummer: string | null;
  /** The name the company is registered under. */
  name: string;
  /** A legal entity's name in its articles of association (statutaire naam). */
  statutoryName: string | null;
  /** Trade names in the register's order. */
  tradeNames: string[];
  /** Null when the register gives none; forms the CRM does not distinguish map to `overig`. */
  legalForm: LegalForm | null;
  /** The register's own wording of the legal form, for people ("Besloten Vennootschap"). */
  legalFormDescription: string | null;
  /** Main activity first. */
  sbiActivities: SbiActivity[];
  visitingAddress: Address | null;
  postalAddress: Address | null;
  website: string | null;
  /** False when the registration has ended. */
  active: boolean;
}
