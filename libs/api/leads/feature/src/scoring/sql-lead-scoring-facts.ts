import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type LeadScoringFacts, LeadScoringFactsReader, type ScoringSample } from '@gemeente-crm/leads-core';

const DAY_MS = 86_400_000;

/**
 * The facts of leads as of a moment `at` (an SQL expression): now for open leads, the day they
 * closed for the history the weights are learned from. Contact moments count when linked to the
 * lead's relation or to the lead itself; tasks belong to the relation. The fit data (SBI codes,
 * legal form, address) are the organisation's current ones: the CRM keeps no history of them
 * outside the audit trail, and they rarely change while a lead runs.
 */
function factsSql(at: string, where: string): string {
  return `
    SELECT l.id, ${at} AS at, l.created_at, l.stage_entered_at, l.status, s.name AS stage_name, s.default_probability,
           coalesce(o.sbi_codes, '{}') AS sbi_codes, o.legal_form, o.visiting_postcode, o.visiting_city,
           CASE WHEN o.kvk_number IS NULL THEN 0
                ELSE (SELECT count(*)::int FROM organisation v WHERE v.kvk_number = o.kvk_number AND v.archived_at IS NULL) END AS establishments,
           cm.c30, cm.c90, cm.last_contact, t.open_tasks
    FROM lead l
    JOIN lead_pipeline_stage s ON s.id = l.stage_id
    LEFT JOIN organisation o ON l.relation_type = 'organisation' AND o.id = l.relation_id
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT m.contact_moment_id) FILTER (WHERE m.occurred_at > ${at} - interval '30 days')::int AS c30,
             count(DISTINCT m.contact_moment_id) FILTER (WHERE m.occurred_at > ${at} - interval '90 days')::int AS c90,
             max(m.occurred_at) AS last_contact
      FROM interaction_link m
      WHERE NOT m.archived AND m.occurred_at <= ${at}
        AND ((m.object_type = l.relation_type AND m.object_id = l.relation_id) OR (m.object_type = 'lead' AND m.object_id = l.id))
    ) cm
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS open_tasks FROM task k
      WHERE k.relation_type = l.relation_type AND k.relation_id = l.relation_id AND k.created_at <= ${at}
        AND (k.status IN ('open', 'bezig') OR k.closed_at > ${at})
    ) t
    WHERE ${where}`;
}

interface FactsRow {
  id: string;
  at: Date;
  created_at: Date;
  stage_entered_at: Date;
  status: string;
  stage_name: string;
  default_probability: number | null;
  sbi_codes: string[];
  legal_form: string | null;
  visiting_postcode: string | null;
  visiting_city: string | null;
  establishments: number;
  c30: number;
  c90: number;
  last_contact: Date | null;
  open_tasks: number;
}

const days = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));

function toFacts(row: FactsRow): LeadScoringFacts {
  const at = new Date(row.at);
  return {
    leadId: row.id,
    sbiCodes: row.sbi_codes,
    legalForm: row.legal_form,
    establishments: row.establishments,
    postcode: row.visiting_postcode,
    city: row.visiting_city,
    contactMoments30: row.c30,
    contactMoments90: row.c90,
    daysSinceLastContact: row.last_contact ? days(row.last_contact, at) : null,
    openTasks: row.open_tasks,
    stageName: row.stage_name,
    stageProbability: row.default_probability,
    daysSinceCreated: days(row.created_at, at),
    daysInStage: days(row.stage_entered_at, at),
  };
}

@Injectable()
export class SqlLeadScoringFacts extends LeadScoringFactsReader {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async factsFor(leadId: string, at: Date): Promise<LeadScoringFacts | null> {
    const [row]: FactsRow[] = await this.db.manager.query(factsSql('$2::timestamptz', `l.id = $1 AND l.status = 'open'`), [leadId, at]);
    return row ? toFacts(row) : null;
  }

  async openLeadIds(afterId: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM lead WHERE status = 'open' AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((row) => row.id);
  }

  async closedSamples(limit: number): Promise<ScoringSample[]> {
    // The newest closed leads, returned in id order so the held-out split does not follow time.
    const rows: FactsRow[] = await this.db.manager.query(
      `SELECT * FROM (${factsSql('l.closed_at', `l.status IN ('won', 'lost') AND l.closed_at IS NOT NULL`)} ORDER BY l.closed_at DESC LIMIT $1) recent ORDER BY id`,
      [limit],
    );
    return rows.map((row) => ({ facts: toFacts(row), won: row.status === 'won' }));
  }
}
