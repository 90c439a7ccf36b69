import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import {
  type DuplicateCandidate,
  type DuplicatePair,
  type DuplicatePairQuery,
  DuplicatePairRepository,
  type DuplicateReason,
  pairKey,
  personDisplayName,
  type RelationKind,
  type ScannedRecord,
} from '@gemeente-crm/relations-core';

/** The name of a record as the list shows it, per kind (`t` is the relation table). */
const NAME_SQL: Record<RelationKind, string> = {
  organisation: 't.name',
  person: `concat_ws(' ', t.voornaam, t.tussenvoegsel, t.achternaam)`,
};

const TABLE: Record<RelationKind, string> = { organisation: 'organisation', person: 'person' };

interface PairRow {
  a_id: string;
  b_id: string;
  a_name: string;
  b_name: string;
  score: number;
  reasons: DuplicateReason[];
  found_at: Date;
}

@Injectable()
export class TypeormDuplicatePairRepository extends DuplicatePairRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async list(query: DuplicatePairQuery): Promise<Page<DuplicatePair>> {
    const table = TABLE[query.kind];
    const name = (alias: string) => NAME_SQL[query.kind].replaceAll('t.', `${alias}.`);
    // Both sides must still be active, and the pair not dismissed: merged and archived records drop out by themselves.
    const from = `FROM duplicate_pair p
      JOIN ${table} a ON a.id = p.a_id AND a.archived_at IS NULL
      JOIN ${table} b ON b.id = p.b_id AND b.archived_at IS NULL
      WHERE p.kind = $1
        AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d WHERE d.kind = p.kind AND d.a_id = p.a_id AND d.b_id = p.b_id)`;
    const offset = (query.page - 1) * query.pageSize;
    const [rows, [count]] = await Promise.all([
      this.db.manager.query(
        `SELECT p.a_id, p.b_id, ${name('a')} AS a_name, ${name('b')} AS b_name, p.score, p.reasons, p.found_at ${from}
          ORDER BY p.score DESC, p.a_id, p.b_id LIMIT ${query.pageSize} OFFSET ${offset}`,
        [query.kind],
      ) as Promise<PairRow[]>,
      this.db.manager.query(`SELECT count(*)::int AS total ${from}`, [query.kind]) as Promise<{ total: number }[]>,
    ]);
    return {
      items: rows.map((row) => ({
        kind: query.kind,
        a: { id: row.a_id, name: row.a_name },
        b: { id: row.b_id, name: row.b_name },
        score: row.score,
        reasons: row.reasons,
        foundAt: row.found_at,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: count?.total ?? 0,
    };
  }

  async scanBatch(kind: RelationKind, afterId: string | null, size: number): Promise<ScannedRecord[]> {
    if (kind === 'organisation') {
      const rows: { id: string; name: string; postcode: string | null; kvk_number: string | null; vestigingsnummer: string | null }[] =
        await this.db.manager.query(
          `SELECT id, name, visiting_postcode AS postcode, kvk_number, vestigingsnummer FROM organisation
            WHERE archived_at IS NULL AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT ${size}`,
          [afterId],
        );
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        postcode: row.postcode,
        kvkNumber: row.kvk_number,
        vestigingsnummer: row.vestigingsnummer,
        email: null,
        firstName: null,
        lastName: null,
      }));
    }
    const rows: { id: string; voornaam: string | null; tussenvoegsel: string | null; achternaam: string; email: string | null }[] =
      await this.db.manager.query(
        `SELECT id, voornaam, tussenvoegsel, achternaam, email FROM person
          WHERE archived_at IS NULL AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT ${size}`,
        [afterId],
      );
    return rows.map((row) => ({
      id: row.id,
      name: personDisplayName(row),
      postcode: null,
      kvkNumber: null,
      vestigingsnummer: null,
      email: row.email,
      firstName: [row.voornaam, row.tussenvoegsel].filter(Boolean).join(' ') || null,
      lastName: row.achternaam,
    }));
  }

  async savePairs(kind: RelationKind, recordId: string, candidates: DuplicateCandidate[], scanStartedAt: Date): Promise<void> {
    if (!candidates.length) return;
    const values: unknown[] = [kind, scanStartedAt];
    const tuples = candidates.map((candidate) => {
      const [aId, bId] = pairKey(recordId, candidate.id);
      values.push(aId, bId, candidate.score, candidate.reasons);
      const n = values.length;
      return `($1, $${n - 3}::uuid, $${n - 2}::uuid, $${n - 1}::real, $${n}::text[], $2::timestamptz)`;
    });
    // Found from both sides: keep the better score and its reasons.
    await this.db.manager.query(
      `INSERT INTO duplicate_pair (kind, a_id, b_id, score, reasons, found_at) VALUES ${tuples.join(', ')}
        ON CONFLICT (kind, a_id, b_id) DO UPDATE SET
          score = CASE WHEN duplicate_pair.found_at < EXCLUDED.found_at OR EXCLUDED.score > duplicate_pair.score THEN EXCLUDED.score ELSE duplicate_pair.score END,
          reasons = CASE WHEN duplicate_pair.found_at < EXCLUDED.found_at OR EXCLUDED.score > duplicate_pair.score THEN EXCLUDED.reasons ELSE duplicate_pair.reasons END,
          found_at = EXCLUDED.found_at`,
      values,
    );
  }

  async removePairsOlderThan(kind: RelationKind, scanStartedAt: Date): Promise<number> {
    const [, affected]: [unknown, number] = await this.db.manager.query('DELETE FROM duplicate_pair WHERE kind = $1 AND found_at < $2', [kind, scanStartedAt]);
    return affected ?? 0;
  }

  async dismiss(kind: RelationKind, aId: string, bId: string, at: Date, byId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO duplicate_dismissal (kind, a_id, b_id, dismissed_at, dismissed_by) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT DO NOTHING RETURNING a_id`,
      [kind, aId, bId, at, byId],
    );
    return rows.length === 1;
  }

  async dismissedOf(kind: RelationKind, recordId: string, candidateIds: string[]): Promise<Set<string>> {
    if (!candidateIds.length) return new Set();
    const rows: { other: string }[] = await this.db.manager.query(
      `SELECT CASE WHEN a_id = $2 THEN b_id ELSE a_id END AS other FROM duplicate_dismissal
        WHERE kind = $1 AND ((a_id = $2 AND b_id = ANY($3::uuid[])) OR (b_id = $2 AND a_id = ANY($3::uuid[])))`,
      [kind, recordId, candidateIds],
    );
    return new Set(rows.map((row) => row.other));
  }
}
