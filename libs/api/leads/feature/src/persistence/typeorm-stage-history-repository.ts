import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type StageChange, StageHistoryRepository } from '@gemeente-crm/leads-core';

@Injectable()
export class TypeormStageHistoryRepository extends StageHistoryRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async record(change: StageChange): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO lead_stage_change (id, lead_id, pipeline_id, from_stage_id, to_stage_id, changed_at, changed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [change.id, change.leadId, change.pipelineId, change.fromStageId, change.toStageId, change.changedAt, change.changedBy],
    );
  }

  async forLead(leadId: string): Promise<StageChange[]> {
    return this.db.manager.query(
      `SELECT id, lead_id AS "leadId", pipeline_id AS "pipelineId", from_stage_id AS "fromStageId", to_stage_id AS "toStageId",
              changed_at AS "changedAt", changed_by AS "changedBy"
       FROM lead_stage_change WHERE lead_id = $1 ORDER BY changed_at, id`,
      [leadId],
    ) as Promise<StageChange[]>;
  }
}
