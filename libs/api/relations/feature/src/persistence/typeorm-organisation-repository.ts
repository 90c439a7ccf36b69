import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
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
import { likePattern, searchWords, SqlConditions } from './sql-search.js';

/** Must equal the expression of the trigram index in the migration, or the index is not used. */
const SEARCH_TEXT = `lower(o.name || ' ' || coalesce(o.kvk_number, '') || ' ' || coalesce(o.visiting_city, '') || ' ' || coalesce(o.email, ''))`;

const SORTS: Record<string, string> = {
  name: 'lower(o.name) ASC, o.id',
  '-name': 'lower(o.name) DESC, o.id',
  city: 'o.visiting_city ASC NULLS LAST, lower(o.name), o.id',
  '-city': 'o.visiting_city DESC NULLS LAST, lower(o.name), o.id',
  updatedAt: 'o.updated_at ASC, o.id',
  '-updatedAt': 'o.updated_at DESC, o.id',
};

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

    const { field, direction } = query.sort;
    let orderBy = SORTS[`${direction === 'desc' ? '-' : ''}${field}`] ?? SORTS['name']!;
    if (field === 'relevance' && words.length) {
      const q = sql.param(words.join(' '));
      orderBy = `(o.kvk_number = ${q}) DESC, (lower(o.name) LIKE ${q} || '%') DESC, similarity(lower(o.name), ${q}) DESC, lower(o.name), o.id`;
    }
    const where = sql.where;
    const offset = (query.page - 1) * query.pageSize;
    const [rows, [count]] = await Promise.all([
      this.db.manager.query(
        `SELECT o.id, o.name, o.kvk_number, o.visiting_city AS city, o.status, o.relation_types, o.tags, o.owner_id,
                o.archived_at IS NOT NULL AS archived, o.updated_at
         FROM organisation o ${where} ORDER BY ${orderBy} LIMIT ${query.pageSize} OFFSET ${offset}`,
        sql.params,
      ) as Promise<SummaryRow[]>,
      this.db.manager.query(`SELECT count(*)::int AS total FROM organisation o ${where}`, sql.params.slice(0, paramsInWhere(where))),
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
        updatedAt: row.updated_at,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: count.total,
    };
  }
}

/** The count query has no ORDER BY, so it takes only the parameters its WHERE uses. */
function paramsInWhere(where: string): number {
  const numbers = [...where.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
  return numbers.length ? Math.max(...numbers) : 0;
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
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The table row of an organisation; also used by the bulk seeder. */
export function organisationRow(organisation: Organisation): OrganisationEntity {
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
    version: organisation.version,
    createdAt: organisation.createdAt,
    updatedAt: organisation.updatedAt,
  };
}
