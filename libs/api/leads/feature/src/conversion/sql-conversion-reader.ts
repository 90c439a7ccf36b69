import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import {
  type CohortCounts,
  ConversionReader,
  type ConversionQuery,
  type OutcomeCounts,
  SBI_SECTIONS,
  type SbiSection,
  sbiSectionSql,
  type WinRateDimension,
} from '@gemeente-crm/leads-core';

/**
 * The cohort: leads of the pipeline created in the period (Dutch calendar days), optionally of
 * one owner. $1 pipeline, $2 from, $3 to, $4 owner. Served by lead_pipeline_idx / lead_owner_idx.
 */
const COHORT = `
  SELECT l.* FROM lead l
  WHERE l.pipeline_id = $1
    AND ($2::date IS NULL OR l.created_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam')
    AND ($3::date IS NULL OR l.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
    AND ($4::text IS NULL OR l.owner_id = $4)`;

const params = (query: ConversionQuery) => [query.pipelineId, query.from, query.to, query.ownerId];

interface TotalsRow {
  leads: number;
  open: number;
  won: number;
  lost: number;
  won_value: string;
  open_value: string;
}

interface StageRow {
  stage_id: string;
  furthest: number;
  open: number;
  open_value: string;
  stays: number;
  stay_days: number;
}

interface OutcomeRow {
  key: string | null;
  label: string | null;
  won: number;
  lost: number;
}

const OUTCOME_GROUPS: Record<WinRateDimension, { key: string; label: string; join: string; none: string }> = {
  source: {
    key: 'c.source_code',
    label: 'max(o.label)',
    join: `LEFT JOIN lead_option o ON o.kind = 'source' AND o.code = c.source_code`,
    none: 'Geen bron',
  },
  owner: { key: 'c.owner_id', label: 'max(u.display_name)', join: 'LEFT JOIN app_user u ON u.id = c.owner_id', none: 'Geen eigenaar' },
  // The organisation's first (main) SBI code; leads about persons have no sector.
  sector: {
    key: sbiSectionSql('org.sbi_codes[1]'),
    label: 'NULL',
    join: `LEFT JOIN organisation org ON c.relation_type = 'organisation' AND org.id = c.relation_id`,
    none: 'Onbekende sector',
  },
};

@Injectable()
export class SqlConversionReader extends ConversionReader {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async cohort(query: ConversionQuery, stageIds: readonly string[], now: Date): Promise<CohortCounts> {
    const [totals]: TotalsRow[] = await this.db.manager.query(
      `WITH cohort AS (${COHORT})
       SELECT count(*)::int AS leads,
              count(*) FILTER (WHERE status = 'open')::int AS open,
              count(*) FILTER (WHERE status = 'won')::int AS won,
              count(*) FILTER (WHERE status = 'lost')::int AS lost,
              coalesce(sum(coalesce(won_value_cents, expected_value_cents)) FILTER (WHERE status = 'won'), 0)::text AS won_value,
              coalesce(sum(expected_value_cents) FILTER (WHERE status = 'open'), 0)::text AS open_value
       FROM cohort`,
      params(query),
    );
    // A stay lasts until the next move, else until the lead closed, else until now.
    const stages: StageRow[] = await this.db.manager.query(
      `WITH cohort AS (${COHORT}),
       stages AS (SELECT id, position FROM lead_pipeline_stage WHERE id = ANY($5::uuid[])),
       furthest AS (
         SELECT (SELECT s.id FROM stages s
                 WHERE s.id = c.stage_id OR s.id IN (SELECT h.to_stage_id FROM lead_stage_change h WHERE h.lead_id = c.id)
                 ORDER BY s.position DESC LIMIT 1) AS stage_id
         FROM cohort c),
       stays AS (
         SELECT h.to_stage_id AS stage_id,
                extract(epoch FROM coalesce(lead(h.changed_at) OVER (PARTITION BY h.lead_id ORDER BY h.changed_at, h.id), c.closed_at, $6::timestamptz) - h.changed_at) / 86400 AS days
         FROM lead_stage_change h JOIN cohort c ON c.id = h.lead_id)
       SELECT s.id AS stage_id,
              (SELECT count(*) FROM furthest f WHERE f.stage_id = s.id)::int AS furthest,
              (SELECT count(*) FROM cohort c WHERE c.status = 'open' AND c.stage_id = s.id)::int AS open,
              (SELECT coalesce(sum(c.expected_value_cents), 0) FROM cohort c WHERE c.status = 'open' AND c.stage_id = s.id)::text AS open_value,
              (SELECT count(*) FROM stays y WHERE y.stage_id = s.id)::int AS stays,
              (SELECT coalesce(sum(y.days), 0) FROM stays y WHERE y.stage_id = s.id)::float8 AS stay_days
       FROM stages s`,
      [...params(query), [...stageIds], now],
    );
    return {
      leads: totals?.leads ?? 0,
      open: totals?.open ?? 0,
      won: totals?.won ?? 0,
      lost: totals?.lost ?? 0,
      wonValueCents: Number(totals?.won_value ?? 0),
      openValueCents: Number(totals?.open_value ?? 0),
      stages: stages.map((row) => ({
        stageId: row.stage_id,
        furthest: row.furthest,
        open: row.open,
        openValueCents: Number(row.open_value),
        stays: row.stays,
        stayDays: row.stay_days,
      })),
    };
  }

  async outcomesBy(query: ConversionQuery, dimension: WinRateDimension): Promise<OutcomeCounts[]> {
    const group = OUTCOME_GROUPS[dimension];
    const rows: OutcomeRow[] = await this.db.manager.query(
      `WITH cohort AS (${COHORT})
       SELECT ${group.key} AS key, ${group.label} AS label,
              count(*) FILTER (WHERE c.status = 'won')::int AS won,
              count(*) FILTER (WHERE c.status = 'lost')::int AS lost
       FROM cohort c ${group.join}
       WHERE c.status IN ('won', 'lost')
       GROUP BY 1`,
      params(query),
    );
    return rows.map((row) => ({
      key: row.key,
      label: dimension === 'sector' ? (row.key ? `${row.key} ${SBI_SECTIONS[row.key as SbiSection]}` : group.none) : (row.label ?? row.key ?? group.none),
      won: row.won,
      lost: row.lost,
    }));
  }
}
