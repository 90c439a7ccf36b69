import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';
import type { Organisation } from './organisation.js';

describe('updating an organisation', () => {
  let kit: ReturnType<typeof createRelationsTestKit>;
  let useCases: ReturnType<typeof relationsUseCases>;
  let bakery: Organisation;

  beforeEach(async () => {
    kit = createRelationsTestKit();
    useCases = relationsUseCases(kit);
    bakery = await useCases.createOrganisation.execute(
      {
        name: 'Bakkerij Van Dijk',
        kvkNumber: '17123456',
        phone: '073 615 51 55',
        visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211AB', city: "'s-Hertogenbosch" },
        relationTypes: ['leverancier'],
        tags: ['horeca'],
      },
      changeBy(),
    );
    kit.clock.advance(60_000);
  });

  it('changes only the fields in the patch and raises the version', async () => {
    const updated = await useCases.updateOrganisation.execute(bakery.id, { name: 'Bakkerij Van Dijk B.V.', legalForm: 'B.V.' }, 1, changeBy());
    expect(updated).toEqual({ ...bakery, name: 'Bakkerij Van Dijk B.V.', legalForm: 'bv', version: 2, updatedAt: kit.clock.now() });
    expect(await useCases.getOrganisation.execute(bakery.id)).toEqual(updated);
  });

  it('records the changed fields and the reason in the audit trail', async () => {
    const context = changeBy(['accountmanager'], 'Omgezet naar bv volgens KvK');
    await useCases.updateOrganisation.execute(bakery.id, { name: 'Bakkerij Van Dijk B.V.', tags: ['horeca'] }, 1, context);
    expect(kit.auditLog.last()).toEqual({
      action: 'update',
      objectType: 'organisation',
      objectId: bakery.id,
      changes: { name: { old: 'Bakkerij Van Dijk', new: 'Bakkerij Van Dijk B.V.' } },
      context,
    });
  });

  it('clears a field given as null or empty', async () => {
    const updated = await useCases.updateOrganisation.execute(bakery.id, { phone: null, visitingAddress: null, tags: [] }, 1, changeBy());
    expect(updated).toMatchObject({ phone: null, visitingAddress: null, tags: [] });
  });

  it('rejects a stale version and writes nothing', async () => {
    await useCases.updateOrganisation.execute(bakery.id, { name: 'Eerste wijziging' }, 1, changeBy());
    const writes = kit.organisations.writes;
    const audits = kit.auditLog.entries.length;
    const attempt = useCases.updateOrganisation.execute(bakery.id, { name: 'Tweede wijziging' }, 1, changeBy());
    await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
    await expect(attempt).rejects.toMatchObject({ code: 'stale-version', currentVersion: 2 });
    expect(kit.organisations.writes).toBe(writes);
    expect(kit.auditLog.entries).toHaveLength(audits);
    expect((await useCases.getOrganisation.execute(bakery.id)).name).toBe('Eerste wijziging');
  });

  it('rejects a change that loses the race with a concurrent writer, without an audit entry', async () => {
    // Another request commits between our read and our write: the conditional UPDATE finds no row.
    kit.organisations.update = async () => {
      await kit.organisations.insert({ ...bakery, name: 'Gelijktijdig gewijzigd', version: 2 });
      return false;
    };
    await expect(useCases.updateOrganisation.execute(bakery.id, { name: 'Te laat' }, 1, changeBy())).rejects.toMatchObject({ currentVersion: 2 });
    expect(kit.auditLog.entries.filter((entry) => entry.action === 'update')).toEqual([]);
  });

  it('validates the organisation as it would become', async () => {
    const attempt = useCases.updateOrganisation.execute(bakery.id, { vestigingsnummer: '000012345678', kvkNumber: '' }, 1, changeBy());
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'vestigingsnummer', code: 'vestigingsnummer.requires-kvk-number' })],
    });
  });

  it('keeps a relation type that has since been deactivated, but does not allow adding one', async () => {
    kit.relationTypes.codes = ['klant'];
    await expect(useCases.updateOrganisation.execute(bakery.id, { name: 'Bakkerij Van Dijk & Zn.' }, 1, changeBy())).resolves.toMatchObject({
      relationTypes: ['leverancier'],
    });
    await expect(useCases.updateOrganisation.execute(bakery.id, { relationTypes: ['leverancier', 'partner'] }, 2, changeBy())).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'relationTypes.1', code: 'relation-type.unknown' })],
    });
  });

  it('writes nothing when the patch changes nothing', async () => {
    const writes = kit.organisations.writes;
    const result = await useCases.updateOrganisation.execute(bakery.id, { name: ' Bakkerij Van Dijk ', tags: ['Horeca'] }, 1, changeBy());
    expect(result).toEqual(bakery);
    expect(kit.organisations.writes).toBe(writes);
    expect(kit.auditLog.entries).toHaveLength(1);
  });

  it('refuses a KvK number another organisation already has', async () => {
    await useCases.createOrganisation.execute({ name: 'Slagerij Jansen', kvkNumber: '17654321' }, changeBy());
    await expect(useCases.updateOrganisation.execute(bakery.id, { kvkNumber: '17654321' }, 1, changeBy())).rejects.toMatchObject({
      code: 'organisation.duplicate-kvk',
    });
  });

  it('refuses to change an archived organisation until it is restored', async () => {
    await useCases.archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, 'Opgeheven'));
    const attempt = useCases.updateOrganisation.execute(bakery.id, { name: 'Nieuw' }, 2, changeBy());
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ code: 'organisation.archived' });
  });

  it('reports an unknown organisation', async () => {
    const attempt = useCases.updateOrganisation.execute('00000000-0000-4000-8000-000000000000', { name: 'X' }, 1, changeBy());
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toMatchObject({ code: 'organisation.not-found' });
  });
});
