import { ConflictError, ValidationError } from '@gemeente-crm/api-kernel';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';

describe('creating an organisation', () => {
  let kit: ReturnType<typeof createRelationsTestKit>;
  let useCases: ReturnType<typeof relationsUseCases>;

  beforeEach(() => {
    kit = createRelationsTestKit();
    useCases = relationsUseCases(kit);
  });

  it('stores the normalised organisation as version 1', async () => {
    const organisation = await useCases.createOrganisation.execute(
      { name: ' Bakkerij Van Dijk ', kvkNumber: '1712 3456', visitingAddress: { postcode: '5211 ab', city: "'s-Hertogenbosch" }, tags: ['Horeca'] },
      changeBy(),
    );
    expect(organisation).toMatchObject({
      name: 'Bakkerij Van Dijk',
      kvkNumber: '17123456',
      visitingAddress: { postcode: '5211AB', country: 'NL' },
      tags: ['horeca'],
      status: 'actief',
      version: 1,
      createdAt: kit.clock.now(),
      updatedAt: kit.clock.now(),
      archivedAt: null,
      archiveReason: null,
    });
    expect(organisation.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(kit.organisations.all()).toEqual([organisation]);
  });

  it('records who created it, with every field, in the audit trail', async () => {
    const context = changeBy(['accountmanager'], 'Nieuwe leverancier na aanbesteding');
    const organisation = await useCases.createOrganisation.execute({ name: 'Bakkerij Van Dijk', relationTypes: ['leverancier'] }, context);
    expect(kit.auditLog.entries).toEqual([
      {
        action: 'create',
        objectType: 'organisation',
        objectId: organisation.id,
        changes: expect.objectContaining({
          name: { old: null, new: 'Bakkerij Van Dijk' },
          relationTypes: { old: null, new: ['leverancier'] },
          status: { old: null, new: 'actief' },
        }),
        context,
      },
    ]);
    expect(kit.auditLog.last()?.changes).not.toHaveProperty('version');
    expect(kit.auditLog.last()?.changes).not.toHaveProperty('createdAt');
  });

  it('rejects invalid input, listing every field, and stores nothing', async () => {
    const attempt = useCases.createOrganisation.execute({ name: '', kvkNumber: '123', visitingAddress: { postcode: '1234 SS', city: 'Oss' } }, changeBy());
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      errors: [
        expect.objectContaining({ field: 'name', code: 'name.required' }),
        expect.objectContaining({ field: 'kvkNumber', code: 'kvk-number.invalid' }),
        expect.objectContaining({ field: 'visitingAddress.postcode', code: 'postcode.invalid' }),
      ],
    });
    expect(kit.organisations.all()).toEqual([]);
    expect(kit.auditLog.entries).toEqual([]);
  });

  it('accepts only relation types the catalog has active', async () => {
    kit.relationTypes.codes = ['klant'];
    await expect(useCases.createOrganisation.execute({ name: 'X', relationTypes: ['partner'] }, changeBy())).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'relationTypes.0', code: 'relation-type.unknown' })],
    });
  });

  describe('with a KvK number already registered', () => {
    beforeEach(async () => {
      await useCases.createOrganisation.execute({ name: 'Van Dijk Holding', kvkNumber: '17123456' }, changeBy());
      await useCases.createOrganisation.execute({ name: 'Bakkerij Van Dijk Markt', kvkNumber: '17123456', vestigingsnummer: '000012345678' }, changeBy());
    });

    it('refuses a second organisation with the same KvK number and vestigingsnummer', async () => {
      const attempt = useCases.createOrganisation.execute({ name: 'Dubbel', kvkNumber: '1712 3456', vestigingsnummer: '000012345678' }, changeBy());
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toMatchObject({ code: 'organisation.duplicate-kvk' });
      await expect(useCases.createOrganisation.execute({ name: 'Dubbel', kvkNumber: '17123456' }, changeBy())).rejects.toMatchObject({
        code: 'organisation.duplicate-kvk',
      });
      expect(kit.organisations.all()).toHaveLength(2);
      expect(kit.auditLog.entries).toHaveLength(2);
    });

    it('accepts another establishment (vestiging) of the same organisation', async () => {
      await useCases.createOrganisation.execute({ name: 'Bakkerij Van Dijk Rosmalen', kvkNumber: '17123456', vestigingsnummer: '000087654321' }, changeBy());
      expect(kit.organisations.all()).toHaveLength(3);
    });

    it('counts archived organisations too, so they are restored rather than re-created', async () => {
      const [holding] = kit.organisations.all().filter((o) => o.vestigingsnummer === null);
      await useCases.archiveOrganisation.execute(holding!.id, null, changeBy(undefined, 'Opgeheven'));
      await expect(useCases.createOrganisation.execute({ name: 'Van Dijk Holding', kvkNumber: '17123456' }, changeBy())).rejects.toMatchObject({
        code: 'organisation.duplicate-kvk',
      });
    });
  });
});
