import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type LeadScore, LeadScoreRepository, type LeadScoreSummary, type ScoringModel, ScoringModelRepository } from '@gemeente-crm/leads-core';

interface ModelRow {
  version: number;
  weights: ScoringModel['weights'];
  targets: ScoringModel['targets'];
  source: ScoringModel['source'];
  created_at: Date;
  created_by: string;
  reason: string | null;
}

@Injectable()
export class TypeormScoringModelRepository extends ScoringModelRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async current(): Promise<ScoringModel | null> {
    const [row]: ModelRow[] = await this.db.manager.query(
      'SELECT version, weights, targets, source, created_at, created_by, reason FROM lead_scoring_model ORDER BY version DESC LIMIT 1',
    );
    if (!row) return null;
    return { version: row.version, weights: row.weights, targets: row.targets, source: row.source, createdAt: row.created_at, createdBy: row.created_by, reason: row.reason };
  }

  async insert(model: ScoringModel): Promise<boolean> {
    const inserted: unknown[] = await this.db.manager.query(
      `INSERT INTO lead_scoring_model (version, weights, targets, source, created_at, created_by, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (version) DO NOTHING RETURNING version`,
      [model.version, JSON.stringify(model.weights), JSON.stringify(model.targets), model.source, model.createdAt, model.createdBy, model.reason],
    );
    return inserted.length === 1;
  }
}

interface ScoreRow {
  lead_id: string;
  score: number;
  model_version: number;
  computed_at: Date;
  contributions: LeadScore['contributions'];
}

@Injectable()
export class TypeormLeadScoreRepository extends LeadScoreRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findByLeadId(leadId: string): Promise<LeadScore | null> {
    const [row]: ScoreRow[] = await this.db.manager.query(
      'SELECT lead_id, score, model_version, computed_at, contributions FROM lead_score WHERE lead_id = $1',
      [leadId],
    );
    return row ? { leadId: row.lead_id, score: row.score, modelVersion: row.model_version, computedAt: row.computed_at, contributions: row.contributions } : null;
  }

  async save(score: LeadScore): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO lead_score (lead_id, score, model_version, computed_at, contributions) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lead_id) DO UPDATE SET score = EXCLUDED.score, model_version = EXCLUDED.model_version,
         computed_at = EXCLUDED.computed_at, contributions = EXCLUDED.contributions`,
      [score.leadId, score.score, score.modelVersion, score.computedAt, JSON.stringify(score.contributions)],
    );
  }

  async remove(leadId: string): Promise<void> {
    await this.db.manager.query('DELETE FROM lead_score WHERE lead_id = $1', [leadId]);
  }

  async forPipeline(pipelineId: string): Promise<LeadScoreSummary[]> {
    const rows: { lead_id: string; score: number; model_version: number }[] = await this.db.manager.query(
      `SELECT sc.lead_id, sc.score, sc.model_version FROM lead_score sc JOIN lead l ON l.id = sc.lead_id
       WHERE l.pipeline_id = $1 AND l.status = 'open' ORDER BY sc.score DESC, sc.lead_id`,
      [pipelineId],
    );
    return rows.map((row) => ({ leadId: row.lead_id, score: row.score, modelVersion: row.model_version }));
  }
}
