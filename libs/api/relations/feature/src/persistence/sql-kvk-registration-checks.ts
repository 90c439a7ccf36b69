import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type KvkCheckCandidate, KvkRegistrationChecks, type KvkRegistrationStatus } from '@gemeente-crm/relations-core';

@Injectable()
export class SqlKvkRegistrationChecks extends KvkRegistrationChecks {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async due(limit: number): Promise<KvkCheckCandidate[]> {
    // Served by organisation_kvk_check_idx: never-checked first, then the longest ago.
    const rows: { id: string; kvk_number: string; kvk_status: KvkRegistrationStatus | null }[] = await this.db.manager.query(
      `SELECT id, kvk_number, kvk_status FROM organisation
        WHERE kvk_number IS NOT NULL AND archived_at IS NULL
        ORDER BY kvk_checked_at NULLS FIRST, id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ id: row.id, kvkNumber: row.kvk_number, kvkStatus: row.kvk_status }));
  }

  async record(id: string, status: KvkRegistrationStatus, checkedAt: Date): Promise<void> {
    await this.db.manager.query('UPDATE organisation SET kvk_status = $2, kvk_checked_at = $3 WHERE id = $1', [id, status, checkedAt]);
  }
}
