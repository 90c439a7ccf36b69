import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { RelationKind } from '@gemeente-crm/relations-core';

/**
 * Which records were merged into a record, directly or through an earlier merge: the
 * survivor's history shows their audit events too (the trail itself is never rewritten).
 */
@Injectable()
export class MergedRecords {
  constructor(private readonly db: DatabaseContext) {}

  async idsMergedInto(kind: RelationKind, id: string): Promise<string[]> {
    const table = kind === 'organisation' ? 'organisation' : 'person';
    const rows: { id: string }[] = await this.db.manager.query(
      `WITH RECURSIVE merged AS (
         SELECT id FROM ${table} WHERE merged_into_id = $1
         UNION SELECT t.id FROM ${table} t JOIN merged m ON t.merged_into_id = m.id
       ) SELECT id FROM merged`,
      [id],
    );
    return rows.map((row) => row.id);
  }
}
