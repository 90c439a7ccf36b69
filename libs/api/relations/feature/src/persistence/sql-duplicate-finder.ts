import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import {
  type DuplicateCandidate,
  DuplicateFinder,
  type DuplicateReason,
  DUPLICATE_REASONS,
  NAME_POSTCODE_THRESHOLD,
  normaliseEmailAddress,
  normaliseKvkNumber,
  normalisePostcode,
  normaliseVestigingsnummer,
  type OrganisationDuplicateProbe,
  personDisplayName,
  type PersonDuplicateProbe,
  SIMILAR_NAME_THRESHOLD,
} from '@gemeente-crm/relations-core';

/**
 * Must equal the expression of `person_name_key_trgm_idx` in the migration, or the index is
 * not used. The organisation one is `relation_name_key(name)`.
 */
export const PERSON_NAME_KEY = `relation_name_key(coalesce(voornaam, '') || ' ' || coalesce(tussenvoegsel, '') || ' ' || achternaam)`;

/** How many rows each bounded lookup reads at most; far more than any real duplicate group. */
const LOOKUP_LIMIT = 25;

interface Found {
  id: string;
  name: string;
  score: number;
  reason: DuplicateReason;
}

/**
 * Duplicate lookups on PostgreSQL. Each lookup is bounded and served by an index: the unique
 * KvK index, the postcode index, `lower(email)`, and the GiST trigram index on the name key
 * (nearest names first: `ORDER BY key <-> probe LIMIT n`), so a lookup costs the same at a
 * thousand or a million relations. Archived (and so merged) records are never candidates.
 */
@Injectable()
export class SqlDuplicateFinder extends DuplicateFinder {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async organisationCandidates(probe: OrganisationDuplicateProbe, limit: number): Promise<DuplicateCandidate[]> {
    const found: Found[] = [];
    const exclude = probe.excludeId ?? null;
    const kvk = probe.kvkNumber ? normaliseKvkNumber(probe.kvkNumber) : null;
    if (kvk) {
      const vestiging = probe.vestigingsnummer ? normaliseVestigingsnummer(probe.vestigingsnummer) : null;
      const rows: { id: string; name: string; vestigingsnummer: string | null }[] = await this.db.manager.query(
        `SELECT id, name, vestigingsnummer FROM organisation
          WHERE kvk_number = $1 AND archived_at IS NULL AND ($2::uuid IS NULL OR id <> $2) LIMIT ${LOOKUP_LIMIT}`,
        [kvk, exclude],
      );
      for (const row of rows) {
        // Two different branches of one company are two organisations, not a duplicate.
        if (vestiging && row.vestigingsnummer && vestiging !== row.vestigingsnummer) continue;
        const both = vestiging !== null && vestiging === row.vestigingsnummer;
        found.push({ id: row.id, name: row.name, score: both || (!vestiging && !row.vestigingsnummer) ? 1 : 0.95, reason: both ? 'kvk-vestiging' : 'kvk-number' });
      }
    }
    const name = probe.name.trim();
    if (name) {
      const key = await this.nameKey(name);
      const postcode = probe.postcode ? normalisePostcode(probe.postcode) : null;
      if (key && postcode) {
        const rows: { id: string; name: string; sim: number }[] = await this.db.manager.query(
          `SELECT id, name, similarity(relation_name_key(name), $1) AS sim FROM organisation
            WHERE visiting_postcode = $2 AND archived_at IS NULL AND visiting_postcode IS NOT NULL AND ($3::uuid IS NULL OR id <> $3)
            ORDER BY sim DESC LIMIT ${LOOKUP_LIMIT}`,
          [key, postcode, exclude],
        );
        for (const row of rows) {
          if (row.sim >= NAME_POSTCODE_THRESHOLD) found.push({ id: row.id, name: row.name, score: 0.6 + 0.35 * row.sim, reason: 'name-postcode' });
        }
      }
      if (key) {
        // Same name at another address is a chain or a namesake: a name alone counts only when an
        // address is missing. With a postcode, only organisations without one are searched (a small
        // partial index); the same postcode was covered above.
        const rows: { id: string; name: string; postcode: string | null; sim: number }[] = await this.db.manager.query(
          `SELECT id, name, visiting_postcode AS postcode, similarity(relation_name_key(name), $1) AS sim FROM organisation
            WHERE archived_at IS NULL ${postcode ? 'AND visiting_postcode IS NULL' : ''} AND ($2::uuid IS NULL OR id <> $2)
            ORDER BY relation_name_key(name) <-> $1 LIMIT ${LOOKUP_LIMIT}`,
          [key, exclude],
        );
        for (const row of rows) {
          if (row.sim < SIMILAR_NAME_THRESHOLD || (postcode && row.postcode && row.postcode !== postcode)) continue;
          found.push({ id: row.id, name: row.name, score: 0.5 * row.sim, reason: 'similar-name' });
        }
      }
    }
    return combine(found, limit);
  }

  async personCandidates(probe: PersonDuplicateProbe, limit: number): Promise<DuplicateCandidate[]> {
    const found: Found[] = [];
    const exclude = probe.excludeId ?? null;
    const display = (row: PersonRow) => personDisplayName({ voornaam: row.voornaam, tussenvoegsel: row.tussenvoegsel, achternaam: row.achternaam });
    const email = probe.email?.trim() ? normaliseEmailAddress(probe.email) : null;
    if (email) {
      const rows: PersonRow[] = await this.db.manager.query(
        `SELECT id, voornaam, tussenvoegsel, achternaam FROM person
          WHERE lower(email) = lower($1) AND archived_at IS NULL AND email IS NOT NULL AND ($2::uuid IS NULL OR id <> $2) LIMIT ${LOOKUP_LIMIT}`,
        [email, exclude],
      );
      for (const row of rows) found.push({ id: row.id, name: display(row), score: 0.9, reason: 'e-mail' });
    }
    const fullName = [probe.firstName, probe.lastName].filter((part) => part?.trim()).join(' ');
    if (probe.lastName?.trim()) {
      const key = await this.nameKey(fullName);
      if (key) {
        const rows: (PersonRow & { sim: number })[] = await this.db.manager.query(
          `SELECT id, voornaam, tussenvoegsel, achternaam, similarity(${PERSON_NAME_KEY}, $1) AS sim FROM person
            WHERE archived_at IS NULL AND ($2::uuid IS NULL OR id <> $2)
            ORDER BY ${PERSON_NAME_KEY} <-> $1 LIMIT ${LOOKUP_LIMIT}`,
          [key, exclude],
        );
        for (const row of rows) {
          if (row.sim >= SIMILAR_NAME_THRESHOLD) found.push({ id: row.id, name: display(row), score: 0.5 * row.sim, reason: 'similar-name' });
        }
      }
    }
    return combine(found, limit);
  }

  /** The probe's name key, computed by the same SQL function as the index (one source of truth). */
  private async nameKey(name: string): Promise<string> {
    const [row]: { key: string | null }[] = await this.db.manager.query('SELECT relation_name_key($1) AS key', [name]);
    return row?.key ?? '';
  }
}

interface PersonRow {
  id: string;
  voornaam: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
}

/** One candidate per record: its best score, a little more for every further reason, reasons strongest first. */
function combine(found: Found[], limit: number): DuplicateCandidate[] {
  const byId = new Map<string, { id: string; name: string; scores: number[]; reasons: Set<DuplicateReason> }>();
  for (const hit of found) {
    const entry = byId.get(hit.id) ?? { id: hit.id, name: hit.name, scores: [], reasons: new Set<DuplicateReason>() };
    entry.scores.push(hit.score);
    entry.reasons.add(hit.reason);
    byId.set(hit.id, entry);
  }
  return [...byId.values()]
    .map((entry) => ({
      id: entry.id,
      name: entry.name,
      score: round(Math.min(1, Math.max(...entry.scores) + 0.05 * (entry.reasons.size - 1))),
      reasons: DUPLICATE_REASONS.filter((reason) => entry.reasons.has(reason)),
    }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'))
    .slice(0, Math.max(0, limit));
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
