import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type QuoteLeadFacts, QuoteLeads } from '@gemeente-crm/leads-core';

interface LeadRow {
  id: string;
  title: string;
  relation_type: 'organisation' | 'person';
  organisation_name: string | null;
  street: string | null;
  house_number: string | null;
  addition: string | null;
  postcode: string | null;
  city: string | null;
  person_name: string | null;
  contact_name: string | null;
  owner_name: string | null;
}

const PERSON_NAME = (alias: string) => `concat_ws(' ', ${alias}.voornaam, ${alias}.tussenvoegsel, ${alias}.achternaam)`;

/**
 * What a quote prints about its lead, read straight from the leads, relations and users tables.
 * The contact person is the organisation's first linked contact person (by name); for a lead on a
 * person, that person. The account manager is the lead's owner.
 */
@Injectable()
export class SqlQuoteLeads extends QuoteLeads {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async find(leadId: string): Promise<QuoteLeadFacts | null> {
    const [row]: LeadRow[] = await this.db.manager.query(
      `SELECT l.id, l.title, l.relation_type, o.name AS organisation_name,
              o.visiting_street AS street, o.visiting_house_number AS house_number, o.visiting_house_number_addition AS addition,
              o.visiting_postcode AS postcode, o.visiting_city AS city,
              ${PERSON_NAME('p')} AS person_name,
              (SELECT ${PERSON_NAME('cp')} FROM contact_person c JOIN person cp ON cp.id = c.person_id
                WHERE c.organisation_id = o.id ORDER BY cp.achternaam, cp.voornaam LIMIT 1) AS contact_name,
              u.display_name AS owner_name
       FROM lead l
       LEFT JOIN organisation o ON l.relation_type = 'organisation' AND o.id = l.relation_id
       LEFT JOIN person p ON l.relation_type = 'person' AND p.id = l.relation_id
       LEFT JOIN app_user u ON u.id = l.owner_id
       WHERE l.id = $1`,
      [leadId],
    );
    if (!row) return null;
    const streetLine = [row.street, [row.house_number, row.addition].filter(Boolean).join('')].filter(Boolean).join(' ');
    const cityLine = [row.postcode, row.city].filter(Boolean).join(' ');
    return {
      leadId: row.id,
      leadTitle: row.title,
      relationName: row.relation_type === 'organisation' ? row.organisation_name : row.person_name,
      relationAddress: [streetLine, cityLine].filter(Boolean),
      contactPersonName: row.relation_type === 'organisation' ? row.contact_name : row.person_name,
      accountManagerName: row.owner_name,
    };
  }
}
