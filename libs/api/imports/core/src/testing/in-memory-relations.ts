import type { Page } from '@gemeente-crm/api-kernel';
import {
  type Organisation,
  type OrganisationInput,
  OrganisationRepository,
  type OrganisationSummary,
  type Person,
  PersonRepository,
  type PersonSummary,
  normaliseOrganisationInput,
  normalisePersonInput,
} from '@gemeente-crm/relations-core';
import { kvkKey, RelationLookups, type StaffMember } from '../imports/relation-lookups.js';

/** Just enough of the relations side for planning rows: stored records and the bulk look-ups. */
export class InMemoryRelations {
  readonly organisations = new Map<string, Organisation>();
  readonly persons = new Map<string, Person>();
  readonly links = new Set<string>();
  readonly staff: StaffMember[] = [{ id: 'tenant:anne', displayName: 'Anne de Graaf' }];

  addOrganisation(id: string, input: OrganisationInput, extra: Partial<Organisation> = {}): Organisation {
    const now = new Date('2026-01-01T00:00:00Z');
    const organisation: Organisation = { id, ...normaliseOrganisationInput(input), version: 1, createdAt: now, updatedAt: now, archivedAt: null, archiveReason: null, ...extra } as Organisation;
    this.organisations.set(id, organisation);
    return organisation;
  }

  addPerson(id: string, input: Parameters<typeof normalisePersonInput>[0]): Person {
    const now = new Date('2026-01-01T00:00:00Z');
    const person = { id, ...normalisePersonInput(input), version: 1, createdAt: now, updatedAt: now, archivedAt: null, archiveReason: null } as Person;
    this.persons.set(id, person);
    return person;
  }

  organisationRepository(): OrganisationRepository {
    const store = this.organisations;
    return new (class extends OrganisationRepository {
      async findById(id: string) {
        return store.get(id) ?? null;
      }
      async findByKvk(kvkNumber: string, vestigingsnummer: string | null) {
        return [...store.values()].find((o) => o.kvkNumber === kvkNumber && o.vestigingsnummer === vestigingsnummer) ?? null;
      }
      insert(): Promise<void> {
        throw new Error('not used when planning');
      }
      update(): Promise<boolean> {
        throw new Error('not used when planning');
      }
      search(): Promise<Page<OrganisationSummary>> {
        throw new Error('not used when planning');
      }
    })();
  }

  personRepository(): PersonRepository {
    const store = this.persons;
    return new (class extends PersonRepository {
      async findById(id: string) {
        return store.get(id) ?? null;
      }
      async findByBsn() {
        return null;
      }
      insert(): Promise<void> {
        throw new Error('not used when planning');
      }
      update(): Promise<boolean> {
        throw new Error('not used when planning');
      }
      search(): Promise<Page<PersonSummary>> {
        throw new Error('not used when planning');
      }
    })();
  }

  lookups(): RelationLookups {
    const { organisations, persons, links, staff } = this;
    return new (class extends RelationLookups {
      async organisationIdsByKvk(keys: readonly { kvkNumber: string; vestigingsnummer: string | null }[]) {
        const wanted = new Set(keys.map((key) => kvkKey(key.kvkNumber, key.vestigingsnummer)));
        const found = new Map<string, string>();
        for (const o of organisations.values()) {
          const key = kvkKey(o.kvkNumber ?? '', o.vestigingsnummer);
          if (o.kvkNumber && wanted.has(key)) found.set(key, o.id);
        }
        return found;
      }
      async personIdsByEmail(emails: readonly string[]) {
        const found = new Map<string, string>();
        for (const p of persons.values()) if (p.email && !p.archivedAt && emails.includes(p.email) && !found.has(p.email)) found.set(p.email, p.id);
        return found;
      }
      async isContactPerson(organisationId: string, personId: string) {
        return links.has(`${organisationId}|${personId}`);
      }
      async staff() {
        return staff;
      }
    })();
  }
}
