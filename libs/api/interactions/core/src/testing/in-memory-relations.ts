import { randomUUID } from 'node:crypto';
import type { Page } from '@gemeente-crm/api-kernel';
import { type Organisation, OrganisationRepository, type Person, PersonRepository } from '@gemeente-crm/relations-core';

const CREATED = new Date('2026-01-05T10:00:00.000Z');

/** Test double of the relations domain's OrganisationRepository: what interactions look up. */
export class InMemoryOrganisations extends OrganisationRepository {
  private rows = new Map<string, Organisation>();

  /** Registers an organisation with sensible defaults. */
  add(fields: Partial<Organisation> = {}): Organisation {
    const organisation: Organisation = {
      id: randomUUID(),
      name: 'Bakkerij Van Dijk',
      kvkNumber: null,
      vestigingsnummer: null,
      legalForm: null,
      sbiCodes: [],
      visitingAddress: null,
      postalAddress: null,
      phone: null,
      email: null,
      website: null,
      relationTypes: [],
      tags: [],
      ownerId: null,
      status: 'actief',
      version: 1,
      createdAt: CREATED,
      updatedAt: CREATED,
      archivedAt: null,
      archiveReason: null,
      ...fields,
    };
    this.rows.set(organisation.id, organisation);
    return organisation;
  }

  async findById(id: string): Promise<Organisation | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(organisation: Organisation): Promise<void> {
    this.rows.set(organisation.id, structuredClone(organisation));
  }

  async update(organisation: Organisation): Promise<boolean> {
    this.rows.set(organisation.id, structuredClone(organisation));
    return true;
  }

  search(): Promise<Page<never>> {
    throw new Error('not used by interactions');
  }

  findByKvk(): Promise<Organisation | null> {
    throw new Error('not used by interactions');
  }
}

/** Test double of the relations domain's PersonRepository. */
export class InMemoryPersons extends PersonRepository {
  private rows = new Map<string, Person>();

  add(fields: Partial<Person> = {}): Person {
    const person: Person = {
      id: randomUUID(),
      voornaam: 'Jan',
      tussenvoegsel: 'van der',
      achternaam: 'Berg',
      email: null,
      phone: null,
      bsn: null,
      postalAddress: null,
      version: 1,
      createdAt: CREATED,
      updatedAt: CREATED,
      archivedAt: null,
      archiveReason: null,
      ...fields,
    };
    this.rows.set(person.id, person);
    return person;
  }

  async findById(id: string): Promise<Person | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async insert(person: Person): Promise<void> {
    this.rows.set(person.id, structuredClone(person));
  }

  async update(person: Person): Promise<boolean> {
    this.rows.set(person.id, structuredClone(person));
    return true;
  }

  search(): Promise<Page<never>> {
    throw new Error('not used by interactions');
  }

  findByBsn(): Promise<Person | null> {
    throw new Error('not used by interactions');
  }
}
