import { ConflictError, StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import type { Organisation } from '../organisations/organisation.js';
import type { PersonDetails } from '../persons/person.js';
import { InMemoryMergedReferences } from '../testing/in-memory-merged-references.js';
import { InMemoryTransactionManager } from '@gemeente-crm/api-kernel/testing';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';
import { MergeOrganisations } from './merge-organisations.js';
import { MergePersons } from './merge-persons.js';
import { MergedRelationReferences, MergedRelationReferencesRegistry } from './merged-relation-references.js';

/** Everything the merge use cases need, in memory; two domains register the references they keep. */
function setup() {
  const base = createRelationsTestKit();
  const tasks = new InMemoryMergedReferences();
  const contactMoments = new InMemoryMergedReferences();
  const transactions = new InMemoryTransactionManager([base.organisations, base.persons, base.contactPersons, base.auditLog, tasks, contactMoments]);
  const kit = { ...base, transactions };
  const registry = new MergedRelationReferencesRegistry();
  registry.register(tasks);
  registry.register(contactMoments);
  return {
    kit,
    tasks,
    contactMoments,
    registry,
    useCases: relationsUseCases(kit),
    mergeOrganisations: new MergeOrganisations(kit.organisations, registry, transactions, kit.auditLog, kit.clock),
    mergePersons: new MergePersons(kit.persons, registry, transactions, kit.auditLog, kit.clock),
  };
}

const REASON = 'Zelfde bakkerij, twee keer ingevoerd';
const merging = (reason: string | undefined = REASON) => changeBy(['accountmanager'], reason);

describe('merging two organisations (in memory)', () => {
  let t: ReturnType<typeof setup>;
  let survivor: Organisation;
  let duplicate: Organisation;

  beforeEach(async () => {
    t = setup();
    survivor = await t.useCases.createOrganisation.execute(
      { name: 'Bakkerij Jansen', tags: ['bakker'], visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211JX', city: 'Den Bosch' } },
      changeBy(),
    );
    duplicate = await t.useCases.createOrganisation.execute(
      { name: 'Bakkerij Jansen B.V.', kvkNumber: '12345678', vestigingsnummer: '000012345678', phone: '073 612 3456', tags: ['mkb'], website: 'https://jansen.nl' },
      changeBy(),
    );
    t.kit.clock.advance(60_000);
  });

  const request = (overrides: Partial<Parameters<MergeOrganisations['execute']>[0]> = {}) => ({
    survivorId: survivor.id,
    survivorVersion: survivor.version,
    mergedId: duplicate.id,
    mergedVersion: duplicate.version,
    ...overrides,
  });

  it('gives the survivor the chosen values, and fills its empty fields from the duplicate', async () => {
    const { survivor: after } = await t.mergeOrganisations.execute(request({ choices: { name: 'merged', tags: 'both', kvkNumber: 'merged' } }), merging());
    expect(after).toMatchObject({
      name: 'Bakkerij Jansen B.V.',
      tags: ['bakker', 'mkb'],
      // The KvK number comes with its vestigingsnummer: together they name one branch.
      kvkNumber: '12345678',
      vestigingsnummer: '000012345678',
      // Not chosen, but empty on the survivor: nothing filled in is lost.
      phone: '073 612 3456',
      website: 'https://jansen.nl',
      // Not chosen and filled in on the survivor only: kept.
      visitingAddress: { street: 'Markt', city: 'Den Bosch' },
      version: survivor.version + 1,
      updatedAt: t.kit.clock.now(),
    });
    expect(await t.kit.organisations.findById(survivor.id)).toEqual(after);
  });

  it('moves what pointed at the duplicate through every registered MergedRelationReferences', async () => {
    const task = t.tasks.add('task', 'organisation', duplicate.id);
    const moment = t.contactMoments.add('contact-moment', 'organisation', duplicate.id);
    const ownTask = t.tasks.add('task', 'organisation', survivor.id);
    const otherPersonTask = t.tasks.add('task', 'person', duplicate.id);

    expect(await t.registry.count('organisation', duplicate.id)).toEqual([
      { kind: 'task', count: 1 },
      { kind: 'contact-moment', count: 1 },
    ]);
    const { moved } = await t.mergeOrganisations.execute(request(), merging());

    expect(moved).toEqual([
      { kind: 'task', count: 1 },
      { kind: 'contact-moment', count: 1 },
    ]);
    expect([t.tasks.relationOf(task), t.contactMoments.relationOf(moment), t.tasks.relationOf(ownTask)]).toEqual([survivor.id, survivor.id, survivor.id]);
    // Only references to the organisation move, not those to a person that happens to share the id.
    expect(t.tasks.relationOf(otherPersonTask)).toBe(duplicate.id);
  });

  it('archives the duplicate read-only with mergedIntoId, giving up its KvK number when the survivor takes it', async () => {
    const { merged } = await t.mergeOrganisations.execute(request({ choices: { kvkNumber: 'merged' } }), merging());
    expect(merged).toMatchObject({
      mergedIntoId: survivor.id,
      archivedAt: t.kit.clock.now(),
      archiveReason: REASON,
      kvkNumber: null,
      vestigingsnummer: null,
      version: duplicate.version + 1,
    });

    await expect(t.useCases.updateOrganisation.execute(duplicate.id, { phone: '0412 123456' }, merged.version, changeBy())).rejects.toMatchObject({
      code: 'organisation.merged',
    });
    await expect(t.useCases.restoreOrganisation.execute(duplicate.id, merged.version, changeBy(['accountmanager'], 'Terug'))).rejects.toBeInstanceOf(ConflictError);
    const other = await t.useCases.createOrganisation.execute({ name: 'Bakkerij Jansen (oud)' }, changeBy());
    const again = t.mergeOrganisations.execute({ survivorId: other.id, survivorVersion: 1, mergedId: duplicate.id, mergedVersion: merged.version }, merging());
    await expect(again).rejects.toMatchObject({ code: 'organisation.merged' });
  });

  it('refuses a stale version of either record as a failed precondition, and changes nothing', async () => {
    const task = t.tasks.add('task', 'organisation', duplicate.id);
    const edited = await t.useCases.updateOrganisation.execute(duplicate.id, { phone: '0412 123456' }, duplicate.version, changeBy());
    const writes = t.kit.organisations.writes;
    const entries = t.kit.auditLog.entries.length;

    const staleMerged = t.mergeOrganisations.execute(request(), merging());
    await expect(staleMerged).rejects.toBeInstanceOf(StaleVersionError);
    await expect(staleMerged).rejects.toMatchObject({ code: 'stale-version', currentVersion: edited.version });
    const staleSurvivor = t.mergeOrganisations.execute(request({ survivorVersion: survivor.version + 1, mergedVersion: edited.version }), merging());
    await expect(staleSurvivor).rejects.toMatchObject({ code: 'stale-version', currentVersion: survivor.version });

    expect(t.kit.organisations.writes).toBe(writes);
    expect(t.kit.auditLog.entries).toHaveLength(entries);
    expect(t.tasks.relationOf(task)).toBe(duplicate.id);
    expect((await t.kit.organisations.findById(duplicate.id))?.mergedIntoId ?? null).toBeNull();
  });

  it('refuses to merge a record into itself', async () => {
    const attempt = t.mergeOrganisations.execute(request({ mergedId: survivor.id, mergedVersion: survivor.version }), merging());
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'mergedId', code: 'merge.same-record' })] });
    expect(await t.kit.organisations.findById(survivor.id)).toEqual(survivor);
  });

  it('requires a reason', async () => {
    await expect(t.mergeOrganisations.execute(request(), merging(' '))).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'reason', code: 'reason.required' })],
    });
  });

  it('records the merge with its reason, choices and moved references on both records', async () => {
    t.tasks.add('task', 'organisation', duplicate.id);
    await t.mergeOrganisations.execute(request({ choices: { name: 'merged' } }), merging());

    const merges = t.kit.auditLog.entries.filter((entry) => entry.action === 'merge');
    expect(merges.map((entry) => entry.objectId)).toEqual([survivor.id, duplicate.id]);
    const merge = { survivorId: survivor.id, mergedId: duplicate.id, choices: expect.objectContaining({ name: 'merged' }), moved: [{ kind: 'task', count: 1 }] };
    for (const entry of merges) {
      expect(entry).toMatchObject({ objectType: 'organisation', context: { reason: REASON, actor: { id: 'tenant:anne' } } });
      expect(entry.changes?.['merge']).toEqual({ old: null, new: merge });
    }
    expect(merges[0]?.changes?.['name']).toEqual({ old: 'Bakkerij Jansen', new: 'Bakkerij Jansen B.V.' });
    expect(merges[1]?.changes?.['mergedIntoId']).toEqual({ old: null, new: survivor.id });
  });

  it('undoes everything when a domain cannot move its references', async () => {
    class BrokenReferences extends MergedRelationReferences {
      async move(): Promise<never> {
        throw new Error('documents unavailable');
      }
      async count() {
        return [];
      }
    }
    const task = t.tasks.add('task', 'organisation', duplicate.id);
    t.registry.register(new BrokenReferences());
    const entries = t.kit.auditLog.entries.length;

    await expect(t.mergeOrganisations.execute(request(), merging())).rejects.toThrow('documents unavailable');

    expect(await t.kit.organisations.findById(survivor.id)).toEqual(survivor);
    expect(await t.kit.organisations.findById(duplicate.id)).toEqual(duplicate);
    expect(t.tasks.relationOf(task)).toBe(duplicate.id);
    expect(t.kit.auditLog.entries).toHaveLength(entries);
  });
});

describe('merging two persons (in memory)', () => {
  let t: ReturnType<typeof setup>;
  let survivor: PersonDetails;
  let duplicate: PersonDetails;
  const coordinator = (reason?: string) => changeBy(['klachtcoordinator'], reason);

  beforeEach(async () => {
    t = setup();
    survivor = await t.useCases.createPerson.execute(
      { voornaam: 'Sanne', achternaam: 'Verhoeven', email: 'sanne@example.nl', postalAddress: { street: 'Kerkstraat', houseNumber: '3', postcode: '5341 BN', city: 'Oss' } },
      coordinator(),
    );
    duplicate = await t.useCases.createPerson.execute(
      {
        voornaam: 'S.',
        achternaam: 'Verhoeven',
        phone: '06 12345678',
        bsn: '111222333',
        postalAddress: { street: 'Hinthamerstraat', houseNumber: '74', houseNumberAddition: 'b', postcode: '5211 MR', city: "'s-Hertogenbosch" },
      },
      coordinator(),
    );
    t.kit.clock.advance(60_000);
  });

  const request = (overrides: Partial<Parameters<MergePersons['execute']>[0]> = {}) => ({
    survivorId: survivor.id,
    survivorVersion: survivor.version,
    mergedId: duplicate.id,
    mergedVersion: duplicate.version,
    ...overrides,
  });

  it('keeps the chosen postal address and the survivor’s other values', async () => {
    const { survivor: after } = await t.mergePersons.execute(request({ choices: { postalAddress: 'merged' } }), coordinator('Verhuisd, dubbel ingevoerd'));
    expect(after).toMatchObject({
      voornaam: 'Sanne',
      email: 'sanne@example.nl',
      phone: '06 12345678',
      postalAddress: { street: 'Hinthamerstraat', houseNumber: '74', houseNumberAddition: 'b', postcode: '5211MR', city: "'s-Hertogenbosch", country: 'NL' },
    });

    const [survivorEntry] = t.kit.auditLog.entries.filter((entry) => entry.action === 'merge');
    expect(survivorEntry?.changes?.['postalAddress']).toMatchObject({ old: { city: 'Oss' }, new: { city: "'s-Hertogenbosch" } });
    expect(survivorEntry?.changes?.['merge']?.new).toMatchObject({ choices: { postalAddress: 'merged' } });
    expect(survivorEntry?.context.reason).toBe('Verhuisd, dubbel ingevoerd');
  });

  it('keeps the survivor’s address unless another one is chosen', async () => {
    const { survivor: after } = await t.mergePersons.execute(request(), coordinator('Dubbel'));
    expect(after.postalAddress).toMatchObject({ city: 'Oss', postcode: '5341BN' });
  });

  it('moves the BSN to a survivor without one, never copying it, and never writes it to the audit trail', async () => {
    const { survivor: after, merged } = await t.mergePersons.execute(request(), coordinator('Dubbel'));
    expect(after.bsn).toBe('111222333');
    expect(merged.bsn).toBeNull();
    expect(JSON.stringify(t.kit.auditLog.entries)).not.toContain('111222333');
  });

  it('moves the references to the person and leaves the duplicate read-only', async () => {
    const task = t.tasks.add('task', 'person', duplicate.id);
    const { merged, moved } = await t.mergePersons.execute(request(), coordinator('Dubbel'));
    expect(moved).toEqual([{ kind: 'task', count: 1 }]);
    expect(t.tasks.relationOf(task)).toBe(survivor.id);
    expect(merged).toMatchObject({ mergedIntoId: survivor.id, archiveReason: 'Dubbel' });
    await expect(t.useCases.updatePerson.execute(duplicate.id, { phone: null }, merged.version, coordinator())).rejects.toMatchObject({ code: 'person.merged' });
  });

  it('refuses a stale version and a merge into itself', async () => {
    await expect(t.mergePersons.execute(request({ mergedVersion: duplicate.version + 1 }), coordinator('Dubbel'))).rejects.toBeInstanceOf(StaleVersionError);
    await expect(t.mergePersons.execute(request({ mergedId: survivor.id }), coordinator('Dubbel'))).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'merge.same-record' })],
    });
    expect(t.kit.auditLog.entries.filter((entry) => entry.action === 'merge')).toEqual([]);
  });
});
