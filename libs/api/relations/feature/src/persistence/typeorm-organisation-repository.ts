import { Injectable } from '@nestjs/common';
import { countMatches, DatabaseContext, SqlConditions } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import {
  type Address,
  type LegalForm,
  type Organisation,
  type OrganisationQuery,
  OrganisationRepository,
  type OrganisationSummary,
} from '@gemeente-crm/relations-core';
import { OrganisationEntity } from './organisation.entity.js';
import { likePattern, searchWords } from './sql-search.js';

/** Must equal the expression of the trigram index in the migration, or the index is not used. */
const SEARCH_TEXT = `lower(o.name || ' ' || coalesce(o.kvk_number, '') || ' ' || coalesce(o.visiting_city, '') || ' ' || coalesce(o.email, ''))`;

/** Sort expressions over the selected columns (they apply to the table and to the `matches` set alike). */
const SORTS: Record<string, string> = {
  name: 'lower(name) ASC, id',
  '-name': 'lower(name) DESC, id',
  city: 'city ASC NULLS LAST, lower(name), id',
  '-city': 'city DESC NULLS LAST, lower(name), id',
  updatedAt: 'updated_at ASC, id',
  '-updatedAt': 'updated_at DESC, id',
};

const LIST_COLUMNS = `o.id, o.name, o.kvk_number, o.visiting_city AS city, o.status, o.relation_types, o.tags, o.owner_id,
  o.archived_at IS NOT NULL AS archived, o.merged_into_id IS NOT NULL AS merged, o.kvk_status, o.updated_at`;

/** How many matches of a text search are ranked by relevance (more for deeper pages). */
const RELEVANCE_WINDOW = 1_000;

interface SummaryRow {
  id: string;
  name: string;
  kvk_number: string | null;
  city: string | null;
  status: OrganisationSummary['status'];
  relation_types: string[];
  tags: string[];
  owner_id: string | null;
  archived: boolean;
  merged: boolean;
  kvk_status: OrganisationSummary['kvkStatus'];
  updated_at: Date;
}

@Injectable()
export class TypeormOrganisationRepository extends OrganisationRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findById(id: string): Promise<Organisation | null> {
    const row = await this.db.manager.findOne(OrganisationEntity, { where: { id } });
    return row ? toOrganisation(row) : null;
  }

  async findByKvk(kvkNumber: string, vestigingsnummer: string | null): Promise<Organisation | null> {
    const row = await this.db.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.kvk_number = :kvkNumber', { kvkNumber })
      .andWhere(vestigingsnummer ? 'o.vestigingsnummer = :vestigingsnummer' : 'o.vestigingsnummer IS NULL', { vestigingsnummer })
      .getOne();
    return row ? toOrganisation(row) : null;
  }

  async insert(organisation: Organisation): Promise<void> {
    await this.db.manager.insert(OrganisationEntity, organisationRow(organisation));
  }

  async update(organisation: Organisation, expectedVersion: number): Promise<boolean> {
    const result = await this.db.manager.update(OrganisationEntity, { id: organisation.id, version: expectedVersion }, organisationRow(organisation));
    return result.affected === 1;
  }

  async search(query: OrganisationQuery): Promise<Page<OrganisationSummary>> {
    const sql = new SqlConditions();
    if (!query.includeArchived) sql.add('o.archived_at IS NULL');
    const words = searchWords(query.q);
    for (const word of words) sql.add(`${SEARCH_TEXT} LIKE ?`, likePattern(word));
    if (query.relationType) sql.add('o.relation_types @> ARRAY[?]::text[]', query.relationType);
    if (query.tag) sql.add('o.tags @> ARRAY[?]::text[]', query.tag.toLowerCase());
    if (query.ownerId) sql.add('o.owner_id = ?', query.ownerId);
    if (query.status) sql.add('o.status = ?', query.status);
    if (query.city) sql.add('lower(o.visiting_city) = lower(?)', query.city);
    if (query.kvkWarning) sql.add(`o.kvk_status IN ('uitgeschreven', 'onbekend')`);

    const fromWhere = `FROM organisation o ${sql.where}`;
    const whereParams = [...sql.params];
    const offset = (query.page - 1) * query.pageSize;
    const [rows, count] = await Promise.all([
      this.db.manager.query(this.pageSql(query, words, fromWhere, sql, offset), sql.params) as Promise<SummaryRow[]>,
      countMatches(this.db.manager, fromWhere, whereParams),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        kvkNumber: row.kvk_number,
        city: row.city,
        status: row.status,
        relationTypes: row.relation_types,
        tags: row.tags,
        ownerId: row.owner_id,
        archived: row.archived,
        merged: row.merged,
        kvkStatus: row.kvk_status,
        updatedAt: row.updated_at,
      })),
      page: query.page,
      pageSize: query.pageSize,
      ...count,
    };
  }
  /**
   * Without search words PostgreSQL walks an index in the requested order and stops after one
   * page. With search words, matches are first collected through the trigram index (a walk in
   * name order would crawl past every "Stichting ..." to find them), then sorted; relevance ranks
   * a window of matches: exact KvK number, then names starting with the words, then similarity.
   */
  private pageSql(query: OrganisationQuery, words: string[], fromWhere: string, sql: SqlConditions, offset: number): string {
    const { field, direction } = query.sort;
    const limit = `LIMIT ${query.pageSize} OFFSET ${offset}`;
    const sorted = SORTS[`${direction === 'desc' ? '-' : ''}${field}`] ?? SORTS['name']!;
    if (!words.length) return `SELECT ${LIST_COLUMNS} ${fromWhere} ORDER BY ${sorted} ${limit}`;
    if (field !== 'relevance') return `WITH matches AS MATERIALIZED (SELECT ${LIST_COLUMNS} ${fromWhere}) SELECT * FROM matches ORDER BY ${sorted} ${limit}`;
    const q = sql.param(words.join(' '));
    const window = Math.max(RELEVANCE_WINDOW, offset + query.pageSize);
    return `WITH matches AS MATERIALIZED (SELECT ${LIST_COLUMNS} ${fromWhere} LIMIT ${window})
      SELECT * FROM matches
      ORDER BY (kvk_number = ${q}) DESC, (lower(name) LIKE ${q} || '%') DESC, similarity(lower(name), ${q}) DESC, lower(name), id ${limit}`;
  }
}

function toOrganisation(row: OrganisationEntity): Organisation {
  const visiting: Address | null =
    row.visitingStreet || row.visitingCity || row.visitingPostcode || row.visitingHouseNumber
      ? {
          street: row.visitingStreet,
          houseNumber: row.visitingHouseNumber,
          houseNumberAddition: row.visitingHouseNumberAddition,
          postcode: row.visitingPostcode,
          city: row.visitingCity,
          country: row.visitingCountry ?? 'NL',
        }
      : null;
  return {
    id: row.id,
    name: row.name,
    kvkNumber: row.kvkNumber,
    vestigingsnummer: row.vestigingsnummer,
    legalForm: row.legalForm as LegalForm | null,
    sbiCodes: row.sbiCodes,
    visitingAddress: visiting,
    postalAddress: row.postalAddress,
    phone: row.phone,
    email: row.email,
    website: row.website,
    relationTypes: row.relationTypes,
    tags: row.tags,
    ownerId: row.ownerId,
    status: row.status as Organisation['status'],
    archivedAt: row.archivedAt,
    archiveReason: row.archiveReason,
    mergedIntoId: row.mergedIntoId,
    kvkStatus: row.kvkStatus as Organisation['kvkStatus'],
    kvkCheckedAt: row.kvkCheckedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The table row of an organisation; also used by the bulk seeder. Without the KvK check
 * columns: only the KvK check writes those (without a new version), so an edit that read the
 * organisation earlier does not overwrite a fresher check result.
 */
export function organisationRow(organisation: Organisation): Omit<OrganisationEntity, 'kvkStatus' | 'kvkCheckedAt'> {
  const visiting = organisation.visitingAddress;
  return {
    id: organisation.id,
    name: organisation.name,
    kvkNumber: organisation.kvkNumber,
    vestigingsnummer: organisation.vestigingsnummer,
    legalForm: organisation.legalForm,
    sbiCodes: organisation.sbiCodes,
    visitingStreet: visiting?.street ?? null,
    visitingHouseNumber: visiting?.houseNumber ?? null,
    visitingHouseNumberAddition: visiting?.houseNumberAddition ?? null,
    visitingPostcode: visiting?.postcode ?? null,
    visitingCity: visiting?.city ?? null,
    visitingCountry: visiting ? (visiting.country ?? 'NL') : null,
    postalAddress: organisation.postalAddress,
    phone: organisation.phone,
    email: organisation.email,
    website: organisation.website,
    relationTypes: organisation.relationTypes,
    tags: organisation.tags,
    ownerId: organisation.ownerId,
    status: organisation.status,
    archivedAt: organisation.archivedAt,
    archiveReason: organisation.archiveReason,
    mergedIntoId: organisation.mergedIntoId ?? null,
    version: organisation.version,
    createdAt: organisation.createdAt,
    updatedAt: organisation.updatedAt,
  };
}
