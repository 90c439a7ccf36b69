import { Inject, Injectable } from '@nestjs/common';
import { countMatches, DatabaseContext, SqlConditions } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import { type Person, personDisplayName, type PersonQuery, PersonRepository, personSortName, type PersonSummary } from '@gemeente-crm/relations-core';
import { BsnCipher } from './bsn-cipher.js';
import { PersonEntity } from './person.entity.js';
import { likePattern, searchWords } from './sql-search.js';

/** Must equal the expression of the trigram index in the migration, or the index is not used. */
const SEARCH_TEXT = `lower(coalesce(p.voornaam, '') || ' ' || coalesce(p.tussenvoegsel, '') || ' ' || p.achternaam || ' ' || coalesce(p.email, '') || ' ' || coalesce(p.postal_address ->> 'city', ''))`;

/** Sort expressions over the selected columns (they apply to the table and to the `matches` set alike). */
const SORTS: Record<string, string> = {
  name: 'lower(achternaam) ASC, lower(voornaam) ASC, id',
  '-name': 'lower(achternaam) DESC, lower(voornaam) DESC, id',
  updatedAt: 'updated_at ASC, id',
  '-updatedAt': 'updated_at DESC, id',
};

const LIST_COLUMNS = `p.id, p.voornaam, p.tussenvoegsel, p.achternaam, p.email, p.phone, p.postal_address ->> 'city' AS city,
  p.archived_at IS NOT NULL AS archived, p.merged_into_id IS NOT NULL AS merged, p.updated_at`;

/** How many matches of a text search are ranked by relevance (more for deeper pages). */
const RELEVANCE_WINDOW = 1_000;

interface SummaryRow {
  id: string;
  voornaam: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  archived: boolean;
  merged: boolean;
  updated_at: Date;
}

@Injectable()
export class TypeormPersonRepository extends PersonRepository {
  constructor(
    private readonly db: DatabaseContext,
    @Inject(BsnCipher) private readonly bsn: BsnCipher,
  ) {
    super();
  }

  async findById(id: string): Promise<Person | null> {
    const row = await this.db.manager.findOne(PersonEntity, { where: { id } });
    return row ? this.toPerson(row) : null;
  }

  async findByBsn(bsn: string): Promise<Person | null> {
    const row = await this.db.manager.findOne(PersonEntity, { where: { bsnHash: this.bsn.lookupHash(bsn) } });
    return row ? this.toPerson(row) : null;
  }

  async insert(person: Person): Promise<void> {
    await this.db.manager.insert(PersonEntity, this.toRow(person));
  }

  async update(person: Person, expectedVersion: number): Promise<boolean> {
    const result = await this.db.manager.update(PersonEntity, { id: person.id, version: expectedVersion }, this.toRow(person));
    return result.affected === 1;
  }

  async search(query: PersonQuery): Promise<Page<PersonSummary>> {
    const sql = new SqlConditions();
    if (!query.includeArchived) sql.add('p.archived_at IS NULL');
    const words = searchWords(query.q);
    for (const word of words) sql.add(`${SEARCH_TEXT} LIKE ?`, likePattern(word));
    const fromWhere = `FROM person p ${sql.where}`;
    const whereParams = [...sql.params];
    const offset = (query.page - 1) * query.pageSize;
    const [rows, count] = await Promise.all([
      this.db.manager.query(this.pageSql(query, words, fromWhere, sql, offset), sql.params) as Promise<SummaryRow[]>,
      countMatches(this.db.manager, fromWhere, whereParams),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        displayName: personDisplayName(row),
        sortName: personSortName(row),
        email: row.email,
        phone: row.phone,
        city: row.city,
        archived: row.archived,
        merged: row.merged,
        updatedAt: row.updated_at,
      })),
      page: query.page,
      pageSize: query.pageSize,
      ...count,
    };
  }

  /** As for organisations: index order without search words, collected matches with them. */
  private pageSql(query: PersonQuery, words: string[], fromWhere: string, sql: SqlConditions, offset: number): string {
    const { field, direction } = query.sort;
    const limit = `LIMIT ${query.pageSize} OFFSET ${offset}`;
    const sorted = SORTS[`${direction === 'desc' ? '-' : ''}${field}`] ?? SORTS['name']!;
    if (!words.length) return `SELECT ${LIST_COLUMNS} ${fromWhere} ORDER BY ${sorted} ${limit}`;
    if (field !== 'relevance') return `WITH matches AS MATERIALIZED (SELECT ${LIST_COLUMNS} ${fromWhere}) SELECT * FROM matches ORDER BY ${sorted} ${limit}`;
    const q = sql.param(words[0]);
    const window = Math.max(RELEVANCE_WINDOW, offset + query.pageSize);
    return `WITH matches AS MATERIALIZED (SELECT ${LIST_COLUMNS} ${fromWhere} LIMIT ${window})
      SELECT * FROM matches ORDER BY (lower(achternaam) LIKE ${q} || '%') DESC, ${SORTS['name']} ${limit}`;
  }

  private toPerson(row: PersonEntity): Person {
    return {
      id: row.id,
      voornaam: row.voornaam,
      tussenvoegsel: row.tussenvoegsel,
      achternaam: row.achternaam,
      email: row.email,
      phone: row.phone,
      bsn: row.bsnEncrypted ? this.bsn.decrypt(row.bsnEncrypted) : null,
      postalAddress: row.postalAddress,
      archivedAt: row.archivedAt,
      archiveReason: row.archiveReason,
      mergedIntoId: row.mergedIntoId,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  private toRow(person: Person): PersonEntity {
    return personRow(person, this.bsn);
  }
}

/** The table row of a person, BSN sealed; also used by the bulk seeder. */
export function personRow(person: Person, bsn: BsnCipher): PersonEntity {
  return {
    id: person.id,
    voornaam: person.voornaam,
    tussenvoegsel: person.tussenvoegsel,
    achternaam: person.achternaam,
    email: person.email,
    phone: person.phone,
    postalAddress: person.postalAddress,
    bsnEncrypted: person.bsn ? bsn.encrypt(person.bsn) : null,
    bsnHash: person.bsn ? bsn.lookupHash(person.bsn) : null,
    archivedAt: person.archivedAt,
    archiveReason: person.archiveReason,
    mergedIntoId: person.mergedIntoId ?? null,
    version: person.version,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}
