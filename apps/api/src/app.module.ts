import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@gemeente-crm/api-audit';
import { AuthModule } from '@gemeente-crm/api-auth';
import { DatabaseModule } from '@gemeente-crm/api-database';
import { JobsModule } from '@gemeente-crm/api-jobs';
import { ENTITIES } from './database/entities.js';
import { MIGRATIONS } from '@gemeente-crm/migrations';
import { ArchiveModule } from '@gemeente-crm/archive-feature';
import { ImportsModule } from '@gemeente-crm/imports-feature';
import { InteractionsModule } from '@gemeente-crm/interactions-feature';
import { LeadConversionModule, LeadScoringModule, LeadsModule, QuotesModule } from '@gemeente-crm/leads-feature';
import { RelationsModule } from '@gemeente-crm/relations-feature';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/app-config.token.js';
import { HealthController } from './health/health.controller.js';
import { companyRegistryFactory } from './kvk/company-registry-factory.js';
import { SessionController } from './session/session.controller.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  /**
   * @param databaseUrl the resolved connection (the embedded server's when none is configured)
   * @param connect false to build the routes without a database, e.g. to write the OpenAPI file
   */
  static forRoot(config: AppConfig, databaseUrl: string, connect = true): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(
          {
            url: databaseUrl,
            entities: ENTITIES,
            migrations: MIGRATIONS,
            migrationsRun: config.database.migrationsRun,
            poolSize: config.database.poolSize,
          },
          connect,
        ),
        AuthModule.forRoot({ issuer: config.auth.issuer, audience: config.auth.audience, jwksUri: config.auth.jwksUri }),
        AuditModule,
        UsersModule,
        RelationsModule.forRoot({
          bsnKey: config.bsnKey,
          companyRegistry: companyRegistryFactory(config.kvk),
          jobs: connect && config.jobs.enabled ? config.relationJobs : null,
        }),
        // Background jobs need the database, and only processes that serve the API run them.
        JobsModule.forRoot(connect && config.jobs.enabled ? { databaseUrl, pollingIntervalSeconds: 2 } : null),
        ArchiveModule.forRoot({ maxDocumentBytes: config.documents.maxBytes }),
        InteractionsModule.forRoot({
          jobs: connect && config.jobs.enabled ? { reminderSweepCron: config.jobs.reminderSweepCron } : null,
          mail: config.mail,
          mailInternalDomains: config.mailInternalDomains,
        }),
        LeadsModule,
        LeadScoringModule.forRoot({
          jobs: connect && config.jobs.enabled ? { nightlyCron: config.leadScoring.nightlyCron, changeSweepCron: config.leadScoring.changeSweepCron } : null,
        }),
        LeadConversionModule,
        QuotesModule.forRoot({ municipalityName: config.municipality.name, libreOffice: config.quotes.libreOffice }),
        ImportsModule.forRoot({ jobs: connect && config.jobs.enabled }),
      ],
      controllers: [HealthController, SessionController],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      // RelationsModule re-exported (this module is global) so other domains can inject its repositories.
      // LeadsModule too: interactions confirm through its LinkableLeads that a linked lead exists.
      exports: [APP_CONFIG, RelationsModule, LeadsModule],
      global: true,
    };
  }
}
