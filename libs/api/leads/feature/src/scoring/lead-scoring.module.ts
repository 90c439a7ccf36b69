import { type DynamicModule, Module } from '@nestjs/common';
import { LEAD_SCORING_USE_CASES, LeadScoreRepository, LeadScoreScheduler, LeadScoringFactsReader, ScoringModelRepository } from '@gemeente-crm/leads-core';
import { LeadScoringController } from './lead-scoring.controller.js';
import { LeadScoringJobs } from './lead-scoring-jobs.js';
import { LEAD_SCORING_OPTIONS, type LeadScoringModuleOptions } from './lead-scoring-options.js';
import { PgBossLeadScoreScheduler } from './pg-boss-lead-score-scheduler.js';
import { SqlChangedLeads } from './sql-changed-leads.js';
import { SqlLeadScoringFacts } from './sql-lead-scoring-facts.js';
import { TypeormLeadScoreRepository, TypeormScoringModelRepository } from './typeorm-scoring-repositories.js';

/**
 * Explainable lead scores (R4, R11): the model versions administrators configure, a stored
 * score per open lead, and the jobs that keep scores current (per lead after a change, nightly
 * for all). Reads leads, organisations, contact moments and tasks with SQL; changes none of them.
 */
@Module({})
export class LeadScoringModule {
  static forRoot(options: LeadScoringModuleOptions): DynamicModule {
    return {
      module: LeadScoringModule,
      controllers: [LeadScoringController],
      providers: [
        ...LEAD_SCORING_USE_CASES,
        { provide: LEAD_SCORING_OPTIONS, useValue: options },
        { provide: ScoringModelRepository, useClass: TypeormScoringModelRepository },
        { provide: LeadScoreRepository, useClass: TypeormLeadScoreRepository },
        { provide: LeadScoringFactsReader, useClass: SqlLeadScoringFacts },
        { provide: LeadScoreScheduler, useClass: PgBossLeadScoreScheduler },
        SqlChangedLeads,
        LeadScoringJobs,
      ],
      exports: [LeadScoreScheduler],
    };
  }
}
