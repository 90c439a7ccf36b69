import { type DynamicModule, Module } from '@nestjs/common';
import {
  ArchiveOrganisation,
  ArchivePerson,
  COMPANY_REGISTRY_USE_CASES,
  CompanyRegistry,
  ContactPersonRepository,
  CreateOrganisation,
  CreatePerson,
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
import { TypeormContactPersonRepository } from './persistence/typeorm-contact-person-repository.js';
import { TypeormOrganisationRepository } from './persistence/typeorm-organisation-repository.js';
import { TypeormPersonRepository } from './persistence/typeorm-person-repository.js';
import { TypeormRelationTypeCatalog } from './persistence/typeorm-relation-type-catalog.js';
import { DemoRelationsSeeder } from './seed/demo-relations-seeder.js';

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

export interface RelationsModuleOptions {
  /** Key (32 bytes) from which the BSN encryption and lookup keys are derived. */
  bsnKey: Buffer;
  /**
   * Creates the company register (KvK) adapter, once at start-up; the app picks the adapter
   * from its configuration. An adapter with `onModuleDestroy` is closed with the app.
   */
  companyRegistry: () => CompanyRegistry | Promise<CompanyRegistry>;
}

/** Organisations, persons and contact persons (R1): the HTTP API over the relations core, on PostgreSQL. */
@Module({})
export class RelationsModule {
  static forRoot(options: RelationsModuleOptions): DynamicModule {
    return {
      module: RelationsModule,
      controllers: [OrganisationsController, ContactPersonsController, PersonsController, RelationTypesController, KvkController],
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
      ],
      // The repositories too: other domains (interactions) check through them that a relation exists.
      exports: [DemoRelationsSeeder, OrganisationRepository, PersonRepository],
    };
  }
}
