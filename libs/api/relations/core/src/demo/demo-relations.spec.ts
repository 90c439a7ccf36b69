import { validateOrganisationInput } from '../organisations/organisation-input.js';
import { validatePersonInput } from '../persons/person-input.js';
import { DEFAULT_RELATION_TYPES } from '../relation-types/relation-type-catalog.js';
import { isValidBsn } from '../rules/bsn.js';
import { demoBsn, type DemoRelations, generateDemoRelations } from './demo-relations.js';

const relationTypeCodes = DEFAULT_RELATION_TYPES.map((type) => type.code);

function generate(organisations: number, seed: number, from?: number): DemoRelations[] {
  return [...generateDemoRelations({ organisations, seed, ...(from === undefined ? {} : { from }) })];
}

describe('demo relations', () => {
  const sample = generate(5000, 2026);

  it('are the same for the same seed and differ for another', () => {
    expect(generate(50, 2026)).toEqual(sample.slice(0, 50));
    expect(generate(50, 2027).map((item) => item.organisation.name)).not.toEqual(sample.slice(0, 50).map((item) => item.organisation.name));
  });

  it('can be generated in slices that match one long run', () => {
    expect(generate(20, 2026, 1000)).toEqual(sample.slice(1000, 1020));
  });

  it('pass every validation rule of the domain', () => {
    for (const { organisation, persons } of sample) {
      expect(validateOrganisationInput(organisation, { relationTypeCodes })).toEqual([]);
      for (const person of persons) expect(validatePersonInput(person)).toEqual([]);
    }
  });

  it('have unique ids and unique KvK numbers', () => {
    const ids = sample.flatMap(({ organisation, persons, contactPersons }) => [organisation.id, ...persons.map((p) => p.id), ...contactPersons.map((c) => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const kvkNumbers = sample.map((item) => item.organisation.kvkNumber).filter((kvk) => kvk !== null);
    expect(new Set(kvkNumbers).size).toBe(kvkNumbers.length);
    expect(kvkNumbers.length).toBeGreaterThan(sample.length * 0.9);
  });

  it('are located around Den Bosch with 52xx and 53xx postcodes', () => {
    const cities = new Set(sample.map((item) => item.organisation.visitingAddress?.city));
    expect([...cities].sort()).toEqual(["'s-Hertogenbosch", 'Berlicum', 'Oss', 'Rosmalen', 'Sint-Michielsgestel', 'Vught']);
    for (const { organisation } of sample) expect(organisation.visitingAddress?.postcode).toMatch(/^5[23]\d\d[A-Z]{2}$/);
  });

  it('link contact persons to their own organisation', () => {
    for (const { organisation, persons, contactPersons } of sample) {
      for (const link of contactPersons) {
        expect(link.organisationId).toBe(organisation.id);
        expect(persons.map((person) => person.id)).toContain(link.personId);
      }
    }
    expect(sample.filter((item) => item.contactPersons.length > 0).length).toBeGreaterThan(sample.length * 0.8);
  });

  it('include a few residents with distinct BSNs that pass the 11-proef', () => {
    const bsns = sample.flatMap((item) => item.persons.map((person) => person.bsn)).filter((bsn) => bsn !== null);
    expect(bsns.length).toBeGreaterThan(100);
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const bsn of bsns) {
      expect(isValidBsn(bsn)).toBe(true);
      expect(bsn.startsWith('9999')).toBe(true);
    }
  });

  it('mix statuses, legal forms, relation types and some archived organisations', () => {
    const organisations = sample.map((item) => item.organisation);
    expect(new Set(organisations.map((o) => o.status))).toEqual(new Set(['prospect', 'actief', 'inactief']));
    expect(new Set(organisations.map((o) => o.legalForm)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(organisations.flatMap((o) => o.relationTypes))).toEqual(new Set(relationTypeCodes));
    expect(organisations.some((o) => o.archivedAt !== null && o.archiveReason !== null)).toBe(true);
    expect(organisations.filter((o) => o.legalForm === 'overheid').map((o) => o.name)).toContain('Gemeente Vught');
  });

  it('assign owners only from the given account managers', () => {
    const owners = new Set([...generateDemoRelations({ organisations: 200, seed: 1, ownerIds: ['am-1', 'am-2'] })].map((item) => item.organisation.ownerId));
    expect(owners).toEqual(new Set(['am-1', 'am-2', null]));
  });

  it('run out of demo BSNs gracefully rather than repeat one', () => {
    expect(demoBsn(10_000)).toBeNull();
  });
});
