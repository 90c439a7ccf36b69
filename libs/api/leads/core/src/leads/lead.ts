import type { OrganisationInput } from '@gemeente-crm/relations-core';

/** Open leads are on the board; won and lost ones have an outcome and can be reopened. */
export const LEAD_STATUSES = ['open', 'won', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** A lead is about an existing organisation or person (a prospect is an organisation with status `prospect`). */
export const LEAD_RELATION_TYPES = ['organisation', 'person'] as const;
export type LeadRelationType = (typeof LEAD_RELATION_TYPES)[number];

export interface LeadRelationRef {
  objectType: LeadRelationType;
  objectId: string;
}

/** What staff edit on a lead (the stage and the outcome change through their own actions). */
export interface LeadFields {
  title: string;
  relation: LeadRelationRef;
  /** Code from the configurable source list (beurs, website...). */
  sourceCode: string | null;
  /** Staff user id of the account manager who follows the lead. */
  ownerId: string | null;
  /** Expected value in euro cents: money is never a float. */
  expectedValueCents: number | null;
  /** Chance of winning, 0–100. */
  probability: number | null;
  /** Calendar day (`YYYY-MM-DD`) the decision is expected. */
  expectedDecisionDate: string | null;
  nextAction: string | null;
  /** Calendar day (`YYYY-MM-DD`) of the next action. */
  nextActionDate: string | null;
  /** Plain text. */
  notes: string | null;
}

/** What was won, recorded when a lead is converted. */
export interface LeadWin {
  description: string;
  valueCents: number | null;
}

export interface Lead extends LeadFields {
  id: string;
  pipelineId: string;
  stageId: string;
  /** When the lead entered its current stage (time in stage). */
  stageEnteredAt: Date;
  status: LeadStatus;
  /** Set while won. */
  won: LeadWin | null;
  /** Code from the lost-reason list; set while lost. */
  lostReasonCode: string | null;
  /** When it was won or lost; null while open. */
  closedAt: Date | null;
  createdBy: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A lead as a caller submits it, to be normalised and validated. */
export interface LeadInput {
  title: string;
  /** The existing organisation or person; or leave it out and give `newOrganisation`. */
  relation?: { objectType: string; objectId: string } | null;
  sourceCode?: string | null;
  ownerId?: string | null;
  expectedValueCents?: number | null;
  probability?: number | null;
  expectedDecisionDate?: string | null;
  nextAction?: string | null;
  nextActionDate?: string | null;
  notes?: string | null;
}

/** A new lead: where it starts, and optionally a prospect organisation to create with it. */
export interface NewLeadInput extends LeadInput {
  pipelineId: string;
  /** Defaults to the pipeline's first stage. */
  stageId?: string | null;
  /** Created as a prospect organisation through the relations domain, in the same transaction. */
  newOrganisation?: OrganisationInput | null;
}

/** The fields to change; left out keeps the value. */
export type LeadPatch = Partial<LeadInput>;

export function isLeadStatus(value: string): value is LeadStatus {
  return (LEAD_STATUSES as readonly string[]).includes(value);
}

/** The editable fields of a stored lead, as input again (the base a patch applies to). */
export function leadInputOf(lead: Lead): LeadInput {
  return {
    title: lead.title,
    relation: lead.relation,
    sourceCode: lead.sourceCode,
    ownerId: lead.ownerId,
    expectedValueCents: lead.expectedValueCents,
    probability: lead.probability,
    expectedDecisionDate: lead.expectedDecisionDate,
    nextAction: lead.nextAction,
    nextActionDate: lead.nextActionDate,
    notes: lead.notes,
  };
}
