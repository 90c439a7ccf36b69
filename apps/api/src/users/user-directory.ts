import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { Actor, Role } from '@gemeente-crm/api-kernel';

const REFRESH_MS = 10 * 60 * 1000;

export interface KnownUser {
  id: string;
  displayName: string;
  roles: string[];
}

/**
 * The staff members the CRM has seen. Users come from the identity provider; each one is
 * recorded (name and roles) when they call the API, at most every ten minutes per process.
 */
@Injectable()
export class UserDirectory {
  private readonly lastRecorded = new Map<string, number>();

  constructor(private readonly db: DatabaseContext) {}

  async record(actor: Actor): Promise<void> {
    const now = Date.now();
    if (now - (this.lastRecorded.get(actor.id) ?? 0) < REFRESH_MS) return;
    this.lastRecorded.set(actor.id, now);
    await this.db.manager.query(
      `INSERT INTO app_user (id, display_name, roles, last_seen_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, roles = EXCLUDED.roles, last_seen_at = now()`,
      [actor.id, actor.displayName, [...actor.roles]],
    );
  }

  async list(filter: { role?: Role; q?: string }): Promise<KnownUser[]> {
    const rows: { id: string; display_name: string; roles: string[] }[] = await this.db.manager.query(
      `SELECT id, display_name, roles FROM app_user
       WHERE ($1::text IS NULL OR $1 = ANY (roles)) AND ($2::text IS NULL OR display_name ILIKE '%' || $2 || '%')
       ORDER BY display_name LIMIT 500`,
      [filter.role ?? null, filter.q ?? null],
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, roles: row.roles }));
  }
}
