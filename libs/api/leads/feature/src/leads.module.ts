import { Module } from '@nestjs/common';
import { LinkableLeads } from '@gemeente-crm/interactions-core';
import {
  LEADS_USE_CASES,
  LeadOptionRepository,
  LeadOwnerDirectory,
  LeadRepository,
  LeadScoreScheduler,
  PipelineRepository,
  StageHistoryRepository,
} from '@gemeente-crm/leads-core';
import { LeadOptionsController } from './http/lead-options.controller.js';
import { LeadViews } from './http/lead-views.js';
import { LeadsController } from './http/leads.controller.js';
import { PipelinesController } from './http/pipelines.controller.js';
import { SqlLeadOwnerDirectory } from './persistence/sql-lead-owner-directory.js';
import { SqlLinkableLeads } from './persistence/sql-linkable-leads.js';
import { TypeormLeadOptionRepository } from './persistence/typeorm-lead-option-repository.js';
import { TypeormLeadRepository } from './persistence/typeorm-lead-repository.js';
import { TypeormPipelineRepository } from './persistence/typeorm-pipeline-repository.js';
import { TypeormStageHistoryRepository } from './persistence/typeorm-stage-history-repository.js';
import { PgBossLeadScoreScheduler } from './scoring/pg-boss-lead-score-scheduler.js';
import { DemoLeadsSeeder } from './seed/demo-leads-seeder.js';

/**
 * Leads and their configurable pipelines (issue 6), on PostgreSQL. Needs the relations
 * domain's OrganisationRepository, PersonRepository, CreateOrganisation and UpdateOrganisation
 * from the application (the relations module exports them). Exports LinkableLeads, so contact
 * moments can be linked to leads without interactions depending on this module.
 */
@Module({
  controllers: [PipelinesController, LeadOptionsController, LeadsController],
  providers: [
    ...LEADS_USE_CASES,
    { provide: LeadRepository, useClass: TypeormLeadRepository },
    { provide: PipelineRepository, useClass: TypeormPipelineRepository },
    { provide: StageHistoryRepository, useClass: TypeormStageHistoryRepository },
    { provide: LeadOptionRepository, useClass: TypeormLeadOptionRepository },
    { provide: LeadOwnerDirectory, useClass: SqlLeadOwnerDirectory },
    { provide: LinkableLeads, useClass: SqlLinkableLeads },
    // The use cases ask for a new score in their transaction; the scoring module runs the jobs.
    { provide: LeadScoreScheduler, useClass: PgBossLeadScoreScheduler },
    LeadViews,
    DemoLeadsSeeder,
  ],
  exports: [LinkableLeads, DemoLeadsSeeder],
})
export class LeadsModule {}
