import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type ObjectRef, refKey } from '@gemeente-crm/interactions-core';
import { personDisplayName } from '@gemeente-crm/relations-core';

/**
 * Names of linked records for lists and detail views, looked up in one query per type for a
 * whole page. A read model over the relation tables: deciding whether a relation exists goes
 * through the relations domain (LinkTargets); showing its name does not need to.
 */
@Injectable()
export class LinkNames {
  constructor(private readonly db: DatabaseContext) {}

  async of(refs: readonly ObjectRef[]): Promise<Map<string, string>> {
    const idsOf = (type: ObjectRef['objectType']) => [...new Set(refs.filter((ref) => ref.objectType === type).map((ref) => ref.objectId))];
    const names = new Map<string, string>();
    const organisations = idsOf('organisation');
    const persons = idsOf('person');
    const leads = idsOf('lead');
    const [organisationRows, personRows, leadRows] = await Promise.all([
      organisations.length
        ? (this.db.manager.query('SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])', [organisations]) as Promise<{ id: string; name: string }[]>)
        : Promise.resolve([]),
      persons.length
        ? (this.db.manager.query('SELECT id, voornaam, tussenvoegsel, achternaam FROM person WHERE id = ANY($1::uuid[])', [persons]) as Promise<
            { id: string; voornaam: string | null; tussenvoegsel: string | null; achternaam: string }[]
          >)
        : Promise.resolve([]),
      leads.length
        ? (this.db.manager.query('SELECT id, title AS name FROM lead WHERE id = ANY($1::uuid[])', [leads]) as Promise<{ id: string; name: string }[]>)
        : Promise.resolve([]),
    ]);
    for (const row of organisationRows) names.set(refKey({ objectType: 'organisation', objectId: row.id }), row.name);
    for (const row of leadRows) names.set(refKey({ objectType: 'lead', objectId: row.id }), row.name);
    for (const row of personRows) names.set(refKey({ objectType: 'person', objectId: row.id }), personDisplayName(row));
    return names;
  }
}
