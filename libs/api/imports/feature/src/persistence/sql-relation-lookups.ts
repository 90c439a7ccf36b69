import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { kvkKey, RelationLookups, type StaffMember } from '@gemeente-crm/imports-core';

/** Read-only look-ups on the relations tables, in bulk and index-backed (kvk unique index, person_email_idx). */
@Injectable()
export class SqlRelationLookups extends RelationLookups {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async organisationIdsByKvk(keys: readonly { kvkNumber: string; vestigingsnummer: string | null }[]): Promise<Map<string, string>> {
    const numbers = [...new Set(keys.map((key) => key.kvkNumber))];
    const rows: { id: string; kvk_number: string; vestigingsnummer: string | null }[] = await this.db.manager.query(
      'SELECT id, kvk_number, vestigingsnummer FROM organisation WHERE kvk_number = ANY($1::bpchar[])',
      [numbers],
    );
    return new Map(rows.map((row) => [kvkKey(row.kvk_number, row.vestigingsnummer), row.id]));
  }

  async personIdsByEmail(emails: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; email: string }[] = await this.db.manager.query(
      `SELECT DISTINCT ON (email) id, email FROM person WHERE email = ANY($1) AND archived_at IS NULL ORDER BY email, created_at, id`,
      [[...new Set(emails)]],
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  async isContactPerson(organisationId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query('SELECT 1 FROM contact_person WHERE organisation_id = $1 AND person_id = $2', [organisationId, personId]);
    return rows.length > 0;
  }

  async staff(): Promise<StaffMember[]> {
    const rows: { id: string; display_name: string }[] = await this.db.manager.query('SELECT id, display_name FROM app_user ORDER BY display_name');
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  }
}
