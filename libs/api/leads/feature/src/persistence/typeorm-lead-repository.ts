import { Injectable } from '@nestjs/common';
import { countMatches, DatabaseContext, SqlConditions } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import { type Lead, type LeadQuery, LeadRepository, type LeadSort, type StageColumn } from '@gemeente-crm/leads-core';

/** Dates as `YYYY-MM-DD` text: node-postgres would turn a `date` into a midnight in the server's zone. */
const COLUMNS = `l.id, l.title, l.relation_type, l.relation_id, l.source_code, l.owner_id, l.expected_value_cents, l.probability,
  to_char(l.expected_decision_date, 'YYYY-MM-DD') AS expected_decision_date, l.next_action,
  to_char(l.next_action_date, 'YYYY-MM-DD') AS next_action_date, l.notes, l.pipeline_id, l.stage_id, l.stage_entered_at, l.status,
  l.won_description, l.won_value_cents, l.lost_reason_code, l.closed_at, l.created_by, l.version, l.created_at, l.updated_at`;

const SORTS: Record<LeadSort, string> = {
  '-createdAt': 'l.created_at DESC, l.id',
  createdAt: 'l.created_at, l.id',
  title: 'lower(l.title), l.id',
  '-title': 'lower(l.title) DESC, l.id',
  expectedValue: 'l.expected_value_cents ASC NULLS FIRST, l.id',
  '-expectedValue': 'l.expected_value_cents DESC NULLS LAST, l.id',
  expectedDecisionDate: 'l.expected_decision_date ASC NULLS LAST, l.id',
  '-expectedDecisionDate': 'l.expected_decision_date DESC NULLS LAST, l.id',
  nextActionDate: 'l.next_action_date ASC NULLS LAST, l.id',
  // The score is derived data in its own table (lead scoring); only these sorts join it.
  score: 'sc.score ASC NULLS LAST, l.id',
  '-score': 'sc.score DESC NULLS LAST, l.id',
};

const SCORE_JOIN = 'LEFT JOIN lead_score sc ON sc.lead_id = l.id';

interface LeadRow {
  id: string;
  title: string;
  relation_type: Lead['relation']['objectType'];
  relation_id: string;
  source_code: string | null;
  owner_id: string | null;
  expected_value_cents: string | null;
  probability: number | null;
  expected_decision_date: string | null;
  next_action: string | null;
  next_action_date: string | null;
  notes: string | null;
  pipeline_id: string;
  stage_id: string;
  stage_entered_at: Date;
  status: Lead['status'];
  won_description: string | null;
  won_value_cents: string | null;
  lost_reason_code: string | null;
  closed_at: Date | null;
  created_by: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class TypeormLeadRepository extends LeadRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findById(id: string): Promise<Lead | null> {
    const [row]: LeadRow[] = await this.db.manager.query(`SELECT ${COLUMNS} FROM lead l WHERE l.id = $1`, [id]);
    return row ? toLead(row) : null;
  }

  async insert(lead: Lead): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO lead (id, title, relation_type, relation_id, source_code, owner_id, expected_value_cents, probability, expected_decision_date,
                         next_action, next_action_date, notes, pipeline_id, stage_id, stage_entered_at, status, won_description, won_value_cents,
                         lost_reason_code, closed_at, version, updated_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)`,
      [...leadValues(lead), lead.createdBy, lead.createdAt],
    );
  }

  async update(lead: Lead, expectedVersion: number): Promise<boolean> {
    const [, affected] = await this.db.manager.query(
      `UPDATE lead SET title = $2, relation_type = $3, relation_id = $4, source_code = $5, owner_id = $6, expected_value_cents = $7,
                       probability = $8, expected_decision_date = $9, next_action = $10, next_action_date = $11, notes = $12,
                       pipeline_id = $13, stage_id = $14, stage_entered_at = $15, status = $16, won_description = $17,
                       won_value_cents = $18, lost_reason_code = $19, closed_at = $20, version = $21, updated_at = $22
       WHERE id = $1 AND version = $23`,
      [...leadValues(lead), expectedVersion],
    );
    return affected === 1;
  }

  async search(query: LeadQuery): Promise<Page<Lead>> {
    const sql = new SqlConditions();
    if (query.pipelineId) sql.add('l.pipeline_id = ?', query.pipelineId);
    if (query.stageId) sql.add('l.stage_id = ?', query.stageId);
    if (query.ownerId) sql.add('l.owner_id = ?', query.ownerId);
    if (query.sourceCode) sql.add('l.source_code = ?', query.sourceCode);
    if (query.statuses.length) sql.add('l.status = ANY(?::text[])', query.statuses);
    if (query.relation) sql.add('l.relation_type = ?', query.relation.objectType).add('l.relation_id = ?', query.relation.objectId);
    // Calendar days in Dutch time, like everything the SPA shows.
    if (query.createdFrom) sql.add(`l.created_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, query.createdFrom);
    if (query.createdTo) sql.add(`l.created_at < ((?::date) + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, query.createdTo);
    if (query.q) sql.add(`l.title ILIKE ? ESCAPE '\\'`, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const where = sql.where;
    const offset = (query.page - 1) * query.pageSize;
    const [rows, count] = await Promise.all([
      this.db.manager.query(`SELECT ${COLUMNS} FROM lead l ${query.sort.endsWith('score') ? SCORE_JOIN : ''} ${where} ORDER BY ${SORTS[query.sort]} LIMIT ${query.pageSize} OFFSET ${offset}`, sql.params) as Promise<
        LeadRow[]
      >,
      countMatches(this.db.manager, `FROM lead l ${where}`, sql.params),
    ]);
    return { items: rows.map(toLead), page: query.page, pageSize: query.pageSize, total: count.total, totalIsExact: count.totalIsExact };
  }

  async countByStage(stageIds: readonly string[]): Promise<Map<string, number>> {
    if (!stageIds.length) return new Map();
    const rows: { stage_id: string; n: number }[] = await this.db.manager.query(
      'SELECT stage_id, count(*)::int AS n FROM lead WHERE stage_id = ANY($1::uuid[]) GROUP BY stage_id',
      [[...stageIds]],
    );
    return new Map(rows.map((row) => [row.stage_id, row.n]));
  }

  async openByStage(pipelineId: string, limitPerStage: number): Promise<StageColumn[]> {
    const totals: { stage_id: string; n: number; total: string }[] = await this.db.manager.query(
      `SELECT stage_id, count(*)::int AS n, coalesce(sum(expected_value_cents), 0)::text AS total
       FROM lead WHERE pipeline_id = $1 AND status = 'open' GROUP BY stage_id`,
      [pipelineId],
    );
    const rows: LeadRow[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM (
         SELECT x.*, row_number() OVER (PARTITION BY x.stage_id ORDER BY x.stage_entered_at, x.id) AS rank
         FROM lead x WHERE x.pipeline_id = $1 AND x.status = 'open') l
       WHERE l.rank <= $2 ORDER BY l.stage_entered_at, l.id`,
      [pipelineId, limitPerStage],
    );
    const leads = rows.map(toLead);
    return totals.map((total) => ({
      stageId: total.stage_id,
      count: total.n,
      totalValueCents: Number(total.total),
      leads: leads.filter((lead) => lead.stageId === total.stage_id),
    }));
  }
}

function leadValues(lead: Lead): unknown[] {
  return [
    lead.id,
    lead.title,
    lead.relation.objectType,
    lead.relation.objectId,
    lead.sourceCode,
    lead.ownerId,
    lead.expectedValueCents,
    lead.probability,
    lead.expectedDecisionDate,
    lead.nextAction,
    lead.nextActionDate,
    lead.notes,
    lead.pipelineId,
    lead.stageId,
    lead.stageEnteredAt,
    lead.status,
    lead.won?.description ?? null,
    lead.won?.valueCents ?? null,
    lead.lostReasonCode,
    lead.closedAt,
    lead.version,
    lead.updatedAt,
  ];
}

/** bigint comes back as text from node-postgres; cents stay far below 2^53. */
function cents(value: string | null): number | null {
  return value === null ? null : Number(value);
}

function toLead(row: LeadRow): Lead {
  return {
    id: row.id,
    title: row.title,
    relation: { objectType: row.relation_type, objectId: row.relation_id },
    sourceCode: row.source_code,
    ownerId: row.owner_id,
    expectedValueCents: cents(row.expected_value_cents),
    probability: row.probability,
    expectedDecisionDate: row.expected_decision_date,
    nextAction: row.next_action,
    nextActionDate: row.next_action_date,
    notes: row.notes,
    pipelineId: row.pipeline_id,
    stageId: row.stage_id,
    stageEnteredAt: row.stage_entered_at,
    status: row.status,
    won: row.won_description === null ? null : { description: row.won_description, valueCents: cents(row.won_value_cents) },
    lostReasonCode: row.lost_reason_code,
    closedAt: row.closed_at,
    createdBy: row.created_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
