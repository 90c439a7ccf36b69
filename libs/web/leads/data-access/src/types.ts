import type { components, operations } from '@gemeente-crm/web-api-client';

type Schemas = components['schemas'];
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The leads domain's API types under the names the SPA uses (generated from the OpenAPI document). */
export type Lead = Schemas['Lead'];
export type LeadPage = Schemas['LeadPage'];
/** A lead in the list: the lead with its stored score (null for closed leads and leads not scored yet). */
export type LeadListItem = Schemas['LeadListItem'];
export type LeadStatus = Schemas['LeadStatus'];
export type LeadInput = Schemas['CreateLead'];
export type LeadPatch = Schemas['UpdateLead'];
export type LeadBoard = Schemas['LeadBoard'];
export type LeadBoardColumn = LeadBoard['columns'][number];
export type LeadStageChange = Schemas['LeadStageChange'];
export type Pipeline = Schemas['Pipeline'];
export type PipelineStage = Schemas['PipelineStage'];
export type PipelineInput = Schemas['PipelineInput'];
export type RequirableLeadField = Schemas['RequirableLeadField'];
export type LeadOption = Schemas['LeadOption'];
export type LeadListQuery = QueryOf<operations['Leads_list']>;
export type LeadSort = NonNullable<LeadListQuery['sort']>;
/** The fields a move may fill in (those a stage can require). */
export type MoveFields = NonNullable<Schemas['MoveLead']['fields']>;
