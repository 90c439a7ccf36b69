import { type DynamicModule, Module } from '@nestjs/common';
import {
  ArchiveOrganisation,
  ArchivePerson,
  COMPANY_REGISTRY_USE_CASES,
  CompanyRegistry,
  DUPLICATES_USE_CASES,
  DuplicatePairRepository,
  DuplicateScanRunRepository,
  DuplicateScanScheduler,
  KvkRegistrationChecks,
  MergedRelationReferencesRegistry,
  ContactPersonRepository,
  CreateOrganisation,
  CreatePerson,
  DuplicateFinder,
  GetOrganisation,
  GetPerson,
  LinkContactPerson,
  ListContactPersons,
  OrganisationRepository,
  PersonRepository,
  RelationTypeCatalog,
  RestoreOrganisation,
  RestorePerson,
  SearchOrganisations,
  SearchPersons,
  UnlinkContactPerson,
  UpdateOrganisation,
  UpdatePerson,
} from '@gemeente-crm/relations-core';
import { ContactPersonsController } from './http/contact-persons.controller.js';
import { KvkController } from './http/kvk.controller.js';
import { OrganisationsController } from './http/organisations.controller.js';
import { PersonsController } from './http/persons.controller.js';
import { RelationTypesController } from './http/relation-types.controller.js';
import { BsnCipher } from './persistence/bsn-cipher.js';
import { OwnerDirectory } from './persistence/owner-directory.js';
import { SqlDuplicateFinder } from './persistence/sql-duplicate-finder.js';
import { TypeormContactPersonRepository } from './persistence/typeorm-contact-person-repository.js';
import { TypeormOrganisationRepository } from './persistence/typeorm-organisation-repository.js';
import { TypeormPersonRepository } from './persistence/typeorm-person-repository.js';
import { TypeormRelationTypeCatalog } from './persistence/typeorm-relation-type-catalog.js';
import { DemoRelationsSeeder } from './seed/demo-relations-seeder.js';
import { DuplicatesController } from './http/duplicates.controller.js';
import { PgBossDuplicateScanScheduler } from './jobs/pg-boss-duplicate-scan-scheduler.js';
import { RelationsJobs } from './jobs/relations-jobs.js';
import { ContactPersonMergedReferences } from './persistence/contact-person-merged-references.js';
import { MergedRecords } from './persistence/merged-records.js';
import { SqlKvkRegistrationChecks } from './persistence/sql-kvk-registration-checks.js';
import { TypeormDuplicatePairRepository } from './persistence/typeorm-duplicate-pair-repository.js';
import { TypeormDuplicateScanRunRepository } from './persistence/typeorm-duplicate-scan-run-repository.js';
import { RELATIONS_OPTIONS, type RelationsModuleOptions } from './relations-options.js';

export type { RelationsJobsOptions, RelationsModuleOptions } from './relations-options.js';

const USE_CASES = [
  CreateOrganisation,
  UpdateOrganisation,
  ArchiveOrganisation,
  RestoreOrganisation,
  GetOrganisation,
  SearchOrganisations,
  CreatePerson,
  UpdatePerson,
  ArchivePerson,
  RestorePerson,
  GetPerson,
  SearchPersons,
  LinkContactPerson,
  UnlinkContactPerson,
  ListContactPersons,
];

/** Organisations, persons and contact persons (R1): the HTTP API over the relations core, on PostgreSQL. */
@Module({})
export class RelationsModule {
  static forRoot(options: RelationsModuleOptions): DynamicModule {
    return {
      module: RelationsModule,
      controllers: [OrganisationsController, ContactPersonsController, PersonsController, RelationTypesController, KvkController, DuplicatesController],
      providers: [
        ...USE_CASES,
        ...COMPANY_REGISTRY_USE_CASES,
        { provide: CompanyRegistry, useFactory: options.companyRegistry },
        { provide: BsnCipher, useValue: new BsnCipher(options.bsnKey) },
        { provide: OrganisationRepository, useClass: TypeormOrganisationRepository },
        { provide: PersonRepository, useClass: TypeormPersonRepository },
        { provide: ContactPersonRepository, useClass: TypeormContactPersonRepository },
        TypeormRelationTypeCatalog,
        { provide: RelationTypeCatalog, useExisting: TypeormRelationTypeCatalog },
        OwnerDirectory,
        DemoRelationsSeeder,
        { provide: DuplicateFinder, useClass: SqlDuplicateFinder },
        // Duplicates, merge and the KvK check.
        ...DUPLICATES_USE_CASES,
        { provide: RELATIONS_OPTIONS, useValue: options },
        { provide: DuplicatePairRepository, useClass: TypeormDuplicatePairRepository },
        { provide: DuplicateScanRunRepository, useClass: TypeormDuplicateScanRunRepository },
        { provide: DuplicateScanScheduler, useClass: PgBossDuplicateScanScheduler },
        { provide: KvkRegistrationChecks, useClass: SqlKvkRegistrationChecks },
        ContactPersonMergedReferences,
        // Other domains register what they keep about a relation (onModuleInit); contact persons are ours.
        {
          provide: MergedRelationReferencesRegistry,
          useFactory: (contactPersons: ContactPersonMergedReferences) => {
            const registry = new MergedRelationReferencesRegistry();
            registry.register(contactPersons);
            return registry;
          },
          inject: [ContactPersonMergedReferences],
        },
        MergedRecords,
        RelationsJobs,
      ],
      // The repositories too: other domains (interactions) check through them that a relation exists.
      // DuplicateFinder: the import wizard checks rows against existing relations.
      // MergedRelationReferencesRegistry: other domains register what a merge must move.
      // CreateOrganisation and UpdateOrganisation: leads create prospects and make won relations customers.
      // CreatePerson, UpdatePerson, LinkContactPerson and RelationTypeCatalog: the import wizard writes through the same use cases as the UI.
      exports: [
        DemoRelationsSeeder,
        OrganisationRepository,
        PersonRepository,
        DuplicateFinder,
        MergedRelationReferencesRegistry,
        CreateOrganisation,
        UpdateOrganisation,
        CreatePerson,
        UpdatePerson,
        LinkContactPerson,
        RelationTypeCatalog,
      ],
    };
  }
}
