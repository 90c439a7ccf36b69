import { Inject, Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import { type Person, personDisplayName, type PersonQuery, PersonRepository, personSortName, type PersonSummary } from '@gemeente-crm/relations-core';
import { BsnCipher } from './bsn-cipher.js';
import { PersonEntity } from './person.entity.js';
import { likePattern, searchWords, SqlConditions } from './sql-search.js';

/** Must equal the expression of the trigram index in the migration, or the index is not used. */
const SEARCH_TEXT = `lower(coalesce(p.voornaam, '') || ' ' || coalesce(p.tussenvoegsel, '') || ' ' || p.achternaam || ' ' || coalesce(p.email, ''))`;

const SORTS: Record<string, string> = {
  name: 'lower(p.achternaam) ASC, lower(p.voornaam) ASC, p.id',
  '-name': 'lower(p.achternaam) DESC, lower(p.voornaam) DESC, p.id',
  updatedAt: 'p.updated_at ASC, p.id',
  '-updatedAt': 'p.updated_at DESC, p.id',
};

interface SummaryRow {
  id: string;
  voornaam: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  email: string | null;
  phone: string | null;
  archived: boolean;
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
    const where = sql.where;
    const { field, direction } = query.sort;
    let orderBy = SORTS[`${direction === 'desc' ? '-' : ''}${field}`] ?? SORTS['name']!;
    if (field === 'relevance' && words.length) {
      const q = sql.param(words.join(' '));
      orderBy = `similarity(${SEARCH_TEXT}, ${q}) DESC, ${SORTS['name']}`;
    }
    const whereParams = sql.params.length - (orderBy.includes('similarity') ? 1 : 0);
    const offset = (query.page - 1) * query.pageSize;
    const [rows, [count]] = await Promise.all([
      this.db.manager.query(
        `SELECT p.id, p.voornaam, p.tussenvoegsel, p.achternaam, p.email, p.phone, p.archived_at IS NOT NULL AS archived, p.updated_at
         FROM person p ${where} ORDER BY ${orderBy} LIMIT ${query.pageSize} OFFSET ${offset}`,
        sql.params,
      ) as Promise<SummaryRow[]>,
      this.db.manager.query(`SELECT count(*)::int AS total FROM person p ${where}`, sql.params.slice(0, whereParams)),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        displayName: personDisplayName(row),
        sortName: personSortName(row),
        email: row.email,
        phone: row.phone,
        archived: row.archived,
        updatedAt: row.updated_at,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: count.total,
    };
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
      archivedAt: row.archivedAt,
      archiveReason: row.archiveReason,
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
    bsnEncrypted: person.bsn ? bsn.encrypt(person.bsn) : null,
    bsnHash: person.bsn ? bsn.lookupHash(person.bsn) : null,
    archivedAt: person.archivedAt,
    archiveReason: person.archiveReason,
    version: person.version,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}
