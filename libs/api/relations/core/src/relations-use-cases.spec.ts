import 'reflect-metadata';
import { AuditLog, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { ContactPersonRepository } from './contact-persons/contact-person-repository.js';
import { CreateOrganisation } from './organisations/create-organisation.js';
import { OrganisationRepository } from './organisations/organisation-repository.js';
import { PersonRepository } from './persons/person-repository.js';
import { RelationTypeCatalog } from './relation-types/relation-type-catalog.js';
import { RELATIONS_USE_CASES } from './relations-use-cases.js';

const PORTS: readonly unknown[] = [OrganisationRepository, PersonRepository, ContactPersonRepository, RelationTypeCatalog, TransactionManager, AuditLog, Clock];

describe('relations use cases as injectable providers', () => {
  // A dependency-injection container (Nest) finds constructor arguments through this metadata.
  it.each(RELATIONS_USE_CASES.map((useCase) => [useCase.name, useCase] as const))('%s declares its ports as constructor parameter types', (_name, useCase) => {
    const parameterTypes: unknown[] = Reflect.getMetadata('design:paramtypes', useCase) ?? [];
    expect(parameterTypes).toHaveLength(useCase.length);
    for (const type of parameterTypes) expect(PORTS).toContain(type);
  });

  it('asks for the ports by class, in constructor order', () => {
    expect(Reflect.getMetadata('design:paramtypes', CreateOrganisation)).toEqual([OrganisationRepository, RelationTypeCatalog, TransactionManager, AuditLog, Clock]);
  });
});
