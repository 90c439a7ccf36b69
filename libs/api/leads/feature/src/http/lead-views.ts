import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import type { Lead, LeadBoard, LeadOption, Pipeline, StageChange } from '@gemeente-crm/leads-core';
import { personDisplayName } from '@gemeente-crm/relations-core';

interface Names {
  relations: Map<string, string>;
  staff: Map<string, string>;
  stages: Map<string, string>;
  pipelines: Map<string, string>;
  options: Map<string, string>;
}

/**
 * Leads as the API shows them: ISO dates, and names next to every id (relation, owner, stage,
 * source...), looked up once per page. A read model over the tables: deciding whether those
 * records exist goes through the domain; showing their names does not need to.
 */
@Injectable()
export class LeadViews {
  constructor(private readonly db: DatabaseContext) {}

  async lead(lead: Lead) {
    return (await this.leads([lead]))[0]!;
  }

  /** A page of the list: each lead with its stored score (a read of the scoring's table, like the names). */
  async page(page: Page<Lead>) {
    const ids = page.items.map((lead) => lead.id);
    const [views, scores] = await Promise.all([
      this.leads(page.items),
      ids.length
        ? (this.db.manager.query('SELECT lead_id, score, model_version FROM lead_score WHERE lead_id = ANY($1::uuid[])', [ids]) as Promise<
            { lead_id: string; score: number; model_version: number }[]
          >)
        : Promise.resolve([]),
    ]);
    const byLead = new Map(scores.map((row) => [row.lead_id, { value: row.score, modelVersion: row.model_version }]));
    return { ...page, items: views.map((view) => ({ ...view, score: byLead.get(view.id) ?? null })) };
  }

  async board(board: LeadBoard) {
    const views = await this.leads(board.columns.flatMap((column) => column.leads));
    const byId = new Map(views.map((view) => [view.id, view]));
    return {
      pipeline: { id: board.pipeline.id, name: board.pipeline.name, department: board.pipeline.department, version: board.pipeline.version },
      columns: board.columns.map((column) => ({ ...column, leads: column.leads.map((lead) => byId.get(lead.id)!) })),
    };
  }

  async stageHistory(changes: StageChange[]) {
    const names = await this.names([], changes.flatMap((change) => [change.fromStageId, change.toStageId]), changes.map((change) => change.changedBy));
    const ref = (id: string | null, map: Map<string, string>) => (id === null ? null : { id, name: map.get(id) ?? null });
    return {
      items: changes.map((change) => ({
        id: change.id,
        from: ref(change.fromStageId, names.stages),
        to: ref(change.toStageId, names.stages)!,
        changedAt: change.changedAt.toISOString(),
        changedBy: ref(change.changedBy, names.staff)!,
      })),
    };
  }

  async leads(leads: Lead[]) {
    const names = await this.names(
      leads,
      leads.map((lead) => lead.stageId),
      leads.flatMap((lead) => [lead.ownerId, lead.createdBy]),
    );
    const ref = (id: string, map: Map<string, string>) => ({ id, name: map.get(id) ?? null });
    const option = (kind: string, code: string | null) => (code === null ? null : { code, label: names.options.get(`${kind}:${code}`) ?? null });
    return leads.map((lead) => ({
      id: lead.id,
      title: lead.title,
      relation: { ...lead.relation, name: names.relations.get(`${lead.relation.objectType}:${lead.relation.objectId}`) ?? null },
      source: option('source', lead.sourceCode),
      owner: lead.ownerId ? ref(lead.ownerId, names.staff) : null,
      expectedValueCents: lead.expectedValueCents,
      probability: lead.probability,
      expectedDecisionDate: lead.expectedDecisionDate,
      nextAction: lead.nextAction,
      nextActionDate: lead.nextActionDate,
      notes: lead.notes,
      pipeline: ref(lead.pipelineId, names.pipelines),
      stage: ref(lead.stageId, names.stages),
      stageEnteredAt: lead.stageEnteredAt.toISOString(),
      status: lead.status,
      won: lead.won,
      lostReason: option('lost-reason', lead.lostReasonCode),
      closedAt: lead.closedAt?.toISOString() ?? null,
      createdBy: ref(lead.createdBy, names.staff),
      version: lead.version,
      createdAt: lead.createdAt.toISOString(),
      updatedAt: lead.updatedAt.toISOString(),
    }));
  }

  private async names(leads: Lead[], stageIds: (string | null)[], staffIds: (string | null)[]): Promise<Names> {
    const unique = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => !!value))];
    const organisationIds = unique(leads.filter((lead) => lead.relation.objectType === 'organisation').map((lead) => lead.relation.objectId));
    const personIds = unique(leads.filter((lead) => lead.relation.objectType === 'person').map((lead) => lead.relation.objectId));
    const query = <T>(sql: string, ids: string[]): Promise<T[]> => (ids.length ? (this.db.manager.query(sql, [ids]) as Promise<T[]>) : Promise.resolve([]));
    const [organisations, persons, staff, stages, pipelines, options] = await Promise.all([
      query<{ id: string; name: string }>('SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])', organisationIds),
      query<{ id: string; voornaam: string | null; tussenvoegsel: string | null; achternaam: string }>(
        'SELECT id, voornaam, tussenvoegsel, achternaam FROM person WHERE id = ANY($1::uuid[])',
        personIds,
      ),
      query<{ id: string; display_name: string }>('SELECT id, display_name FROM app_user WHERE id = ANY($1)', unique(staffIds)),
      query<{ id: string; name: string }>('SELECT id, name FROM lead_pipeline_stage WHERE id = ANY($1::uuid[])', unique(stageIds)),
      query<{ id: string; name: string }>('SELECT id, name FROM lead_pipeline WHERE id = ANY($1::uuid[])', unique(leads.map((lead) => lead.pipelineId))),
      leads.length
        ? (this.db.manager.query('SELECT kind, code, label FROM lead_option') as Promise<{ kind: string; code: string; label: string }[]>)
        : Promise.resolve([]),
    ]);
    const relations = new Map<string, string>();
    for (const row of organisations) relations.set(`organisation:${row.id}`, row.name);
    for (const row of persons) relations.set(`person:${row.id}`, personDisplayName(row));
    return {
      relations,
      staff: new Map(staff.map((row) => [row.id, row.display_name])),
      stages: new Map(stages.map((row) => [row.id, row.name])),
      pipelines: new Map(pipelines.map((row) => [row.id, row.name])),
      options: new Map(options.map((row) => [`${row.kind}:${row.code}`, row.label])),
    };
  }
}

export function pipelineView(pipeline: Pipeline) {
  return { ...pipeline, createdAt: pipeline.createdAt.toISOString(), updatedAt: pipeline.updatedAt.toISOString() };
}

export function optionView(option: LeadOption) {
  return { code: option.code, label: option.label, active: option.active, version: option.version };
}
