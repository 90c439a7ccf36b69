import type { Page } from '@gemeente-crm/api-kernel';
import type { CompanyProfile } from './company-profile.js';

/** What a search in the company register may ask; at least one criterion besides paging. */
export interface CompanyRegistryQuery {
  /** 8 digits. */
  kvkNumber?: string;
  /** Part of a trade or legal name. */
  name?: string;
  city?: string;
  /** Dutch postcode, normalised ("5211JX"); the register may also want the house number. */
  postcode?: string;
  houseNumber?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/**
 * What one registration is: the legal entity itself (a bv, a stichting... without an address
 * of its own), its main branch or another branch. Sole traders have only branches.
 */
export const COMPANY_REGISTRY_HIT_TYPES = ['legal-entity', 'main-branch', 'branch'] as const;
export type CompanyRegistryHitType = (typeof COMPANY_REGISTRY_HIT_TYPES)[number];

/** One line of a search result: enough to recognise the company and pick it. */
export interface CompanyRegistryHit {
  kvkNumber: string;
  /** 12 digits; null for the legal entity itself. */
  vestigingsnummer: string | null;
  name: string;
  type: CompanyRegistryHitType;
  street: string | null;
  houseNumber: string | null;
  houseNumberAddition: string | null;
  /** Only when the register gives it (KvK does when the search asked for a postcode). */
  postcode: string | null;
  city: string | null;
  /** False for a registration that has ended. */
  active: boolean;
}

/**
 * The public register of companies (for Dutch municipalities: the Handelsregister of the KvK).
 * Implementations throw UnavailableError (`kvk.unavailable`) when the register cannot be
 * reached or keeps failing, so callers get one clear message instead of a stack of retries.
 */
export abstract class CompanyRegistry {
  /** Registrations matching every given criterion; an empty page when nothing matches. */
  abstract search(query: CompanyRegistryQuery): Promise<Page<CompanyRegistryHit>>;

  /** The registered details of one company, or null when the register does not know the number. */
  abstract profile(kvkNumber: string): Promise<CompanyProfile | null>;
}
