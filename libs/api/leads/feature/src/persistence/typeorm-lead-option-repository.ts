import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type LeadOption, type LeadOptionKind, LeadOptionRepository } from '@gemeente-crm/leads-core';

interface OptionRow {
  kind: LeadOptionKind;
  code: string;
  label: string;
  active: boolean;
  version: number;
}

@Injectable()
export class TypeormLeadOptionRepository extends LeadOptionRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async list(kind: LeadOptionKind): Promise<LeadOption[]> {
    return this.db.manager.query('SELECT kind, code, label, active, version FROM lead_option WHERE kind = $1 ORDER BY position, code', [kind]) as Promise<
      OptionRow[]
    >;
  }

  async find(kind: LeadOptionKind, code: string): Promise<LeadOption | null> {
    const [row]: OptionRow[] = await this.db.manager.query('SELECT kind, code, label, active, version FROM lead_option WHERE kind = $1 AND code = $2', [
      kind,
      code,
    ]);
    return row ?? null;
  }

  async insert(option: LeadOption): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO lead_option (kind, code, label, active, version, position)
       VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(position), 0) + 1 FROM lead_option WHERE kind = $1))`,
      [option.kind, option.code, option.label, option.active, option.version],
    );
  }

  async update(option: LeadOption, expectedVersion: number): Promise<boolean> {
    const [, affected] = await this.db.manager.query(
      'UPDATE lead_option SET label = $3, active = $4, version = $5 WHERE kind = $1 AND code = $2 AND version = $6',
      [option.kind, option.code, option.label, option.active, option.version, expectedVersion],
    );
    return affected === 1;
  }
}
