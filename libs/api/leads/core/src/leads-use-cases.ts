import { CreateLead } from './leads/create-lead.js';
import { LoseLead, ReopenLead, WinLead } from './leads/close-lead.js';
import { GetLead, GetLeadStageHistory } from './leads/get-lead.js';
import { MoveLead } from './leads/move-lead.js';
import { GetLeadBoard, SearchLeads } from './leads/search-leads.js';
import { UpdateLead } from './leads/update-lead.js';
import { AddLeadOption } from './options/add-lead-option.js';
import { ListLeadOptions } from './options/list-lead-options.js';
import { UpdateLeadOption } from './options/update-lead-option.js';
import { CreatePipeline } from './pipelines/create-pipeline.js';
import { GetPipeline } from './pipelines/get-pipeline.js';
import { ListPipelines } from './pipelines/list-pipelines.js';
import { UpdatePipeline } from './pipelines/update-pipeline.js';

/**
 * Every use case of the leads domain, for the feature module's `providers`. Their constructors
 * ask for the leads ports (LeadRepository, PipelineRepository, StageHistoryRepository,
 * LeadOptionRepository, LeadOwnerDirectory, and the scoring's LeadScoreScheduler), the relations domain's OrganisationRepository,
 * PersonRepository, CreateOrganisation and UpdateOrganisation, and TransactionManager, AuditLog
 * and Clock, which the module must provide.
 */
export const LEADS_USE_CASES = [
  CreatePipeline,
  UpdatePipeline,
  GetPipeline,
  ListPipelines,
  ListLeadOptions,
  AddLeadOption,
  UpdateLeadOption,
  CreateLead,
  UpdateLead,
  MoveLead,
  WinLead,
  LoseLead,
  ReopenLead,
  GetLead,
  GetLeadStageHistory,
  SearchLeads,
  GetLeadBoard,
] as const;
