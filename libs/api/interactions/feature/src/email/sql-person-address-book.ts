import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { PersonAddressBook } from '@gemeente-crm/interactions-core';

/** Matches on `lower(person.email)` (index person_email_lower_idx); contact persons are persons, so they are found too. */
@Injectable()
export class SqlPersonAddressBook extends PersonAddressBook {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async personIdsByAddress(addresses: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    if (!addresses.length) return found;
    const rows: { id: string; email: string }[] = await this.db.manager.query(
      'SELECT id, lower(email) AS email FROM person WHERE lower(email) = ANY($1::text[]) AND archived_at IS NULL',
      [addresses.map((address) => address.toLowerCase())],
    );
    for (const row of rows) found.set(row.email, [...(found.get(row.email) ?? []), row.id]);
    return found;
  }
}
