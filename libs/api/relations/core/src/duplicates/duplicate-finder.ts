/**
 * Why two relations look like the same one. Each reason has a Dutch explanation in the view
 * (DUPLICATE_REASON_LABELS) so staff can judge a suggestion instead of trusting a number.
 */
export const DUPLICATE_REASONS = ['kvk-vestiging', 'kvk-number', 'e-mail', 'name-postcode', 'similar-name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  'kvk-vestiging': 'Zelfde KvK-nummer en vestigingsnummer',
  'kvk-number': 'Zelfde KvK-nummer',
  'e-mail': 'Zelfde e-mailadres',
  'name-postcode': 'Vergelijkbare naam en zelfde postcode',
  'similar-name': 'Bijna dezelfde naam',
};

/**
 * Thresholds on pg_trgm similarity (0..1) of the normalised names (lower case, without
 * punctuation, legal-form words and articles). Measured on the demo data and documented in
 * docs/duplicates-and-merge.md: 0.5 with the same postcode catches "Bakkerij Jansen" vs
 * "Bakkerij Jansen & Zn"; a name alone must be nearly identical, or chains and common names
 * ("Albert Heijn", "Jan de Vries") would flood the list.
 */
export const NAME_POSTCODE_THRESHOLD = 0.5;
export const SIMILAR_NAME_THRESHOLD = 0.85;

/** What is known about an organisation that may already exist (a form being filled in, an import row). */
export interface OrganisationDuplicateProbe {
  name: string;
  /** Any spelling; compared normalised ("5211JX"). */
  postcode?: string | null;
  kvkNumber?: string | null;
  vestigingsnummer?: string | null;
  /** Leaves this record out (the record whose candidates are asked for). */
  excludeId?: string | null;
}

export interface PersonDuplicateProbe {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  /** ISO date, "1980-04-01". Not used yet: persons have no birth date in the CRM. */
  birthDate?: string | null;
  excludeId?: string | null;
}

/** An existing relation that may be the same as the probe. */
export interface DuplicateCandidate {
  id: string;
  name: string;
  /** 0..1; 1 for an exact KvK match or e-mail match, trigram similarity for names. */
  score: number;
  /** Strongest first; never empty. */
  reasons: DuplicateReason[];
}

/**
 * Finds existing relations that look like a given one, without comparing all pairs: every
 * lookup is bounded and served by an index (unique KvK index, trigram name index, e-mail).
 * Archived and merged records are never candidates. Used by the duplicate list, the detail
 * page ("Mogelijke dubbelen") and the import wizard.
 */
export abstract class DuplicateFinder {
  /** Best candidates first, at most `limit`. */
  abstract organisationCandidates(probe: OrganisationDuplicateProbe, limit: number): Promise<DuplicateCandidate[]>;

  /** Best candidates first, at most `limit`. */
  abstract personCandidates(probe: PersonDuplicateProbe, limit: number): Promise<DuplicateCandidate[]>;
}
