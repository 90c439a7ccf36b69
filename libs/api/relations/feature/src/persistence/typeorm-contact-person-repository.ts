import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type ContactPerson, type ContactPersonListing, ContactPersonRepository } from '@gemeente-crm/relations-core';
import { ContactPersonEntity } from './contact-person.entity.js';

interface ListingRow {
  id: string;
  organisation_id: string;
  person_id: string;
  function: string | null;
  created_at: Date;
  organisation_name: string;
  organisation_archived: boolean;
  voornaam: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  email: string | null;
  phone: string | null;
  person_archived: boolean;
}

/** One join for a whole list: never a query per contact person. */
const LISTING_SQL = `
  SELECT cp.id, cp.organisation_id, cp.person_id, cp.function, cp.created_at,
         o.name AS organisation_name, o.archived_at IS NOT NULL AS organisation_archived,
         p.voornaam, p.tussenvoegsel, p.achternaam, p.email, p.phone, p.archived_at IS NOT NULL AS person_archived
  FROM contact_person cp
  JOIN organisation o ON o.id = cp.organisation_id
  JOIN person p ON p.id = cp.person_id`;

@Injectable()
export class TypeormContactPersonRepository extends ContactPersonRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async listByOrganisation(organisationId: string): Promise<ContactPersonListing[]> {
    const rows: ListingRow[] = await this.db.manager.query(
      `${LISTING_SQL} WHERE cp.organisation_id = $1 ORDER BY lower(p.achternaam), lower(p.voornaam), cp.id`,
      [organisationId],
    );
    return rows.map(toListing);
  }

  async listByPerson(personId: string): Promise<ContactPersonListing[]> {
    const rows: ListingRow[] = await this.db.manager.query(`${LISTING_SQL} WHERE cp.person_id = $1 ORDER BY lower(o.name), cp.id`, [personId]);
    return rows.map(toListing);
  }

  async find(organisationId: string, personId: string): Promise<ContactPerson | null> {
    return this.db.manager.findOne(ContactPersonEntity, { where: { organisationId, personId } });
  }

  async insert(contactPerson: ContactPerson): Promise<void> {
    await this.db.manager.insert(ContactPersonEntity, contactPerson);
  }

  async delete(id: string): Promise<void> {
    await this.db.manager.delete(ContactPersonEntity, { id });
  }
}

function toListing(row: ListingRow): ContactPersonListing {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    personId: row.person_id,
    function: row.function,
    createdAt: row.created_at,
    organisationName: row.organisation_name,
    organisationArchived: row.organisation_archived,
    voornaam: row.voornaam,
    tussenvoegsel: row.tussenvoegsel,
    achternaam: row.achternaam,
    email: row.email,
    phone: row.phone,
    personArchived: row.person_archived,
  };
}
