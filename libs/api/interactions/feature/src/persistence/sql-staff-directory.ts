import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { StaffDirectory } from '@gemeente-crm/interactions-core';

/** Staff are the users the CRM has seen log in (table `app_user`, kept by the users module). */
@Injectable()
export class SqlStaffDirectory extends StaffDirectory {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.db.manager.query('SELECT id FROM app_user WHERE id = ANY($1)', [[...new Set(ids)]]);
    return new Set(rows.map((row) => row.id));
  }

  async namesOf(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    const rows: { id: string; display_name: string }[] = await this.db.manager.query('SELECT id, display_name FROM app_user WHERE id = ANY($1)', [wanted]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }
}
