import { ValidationError } from '@gemeente-crm/api-kernel';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';
import type { Organisation } from './organisation.js';

describe('archiving and restoring an organisation', () => {
  let kit: ReturnType<typeof createRelationsTestKit>;
  let useCases: ReturnType<typeof relationsUseCases>;
  let bakery: Organisation;

  beforeEach(async () => {
    kit = createRelationsTestKit();
    useCases = relationsUseCases(kit);
    bakery = await useCases.createOrganisation.execute({ name: 'Bakkerij Van Dijk', visitingAddress: { city: 'Vught' } }, changeBy());
    await useCases.createOrganisation.execute({ name: 'Slagerij Jansen', visitingAddress: { city: 'Vught' } }, changeBy());
    kit.clock.advance(1000);
  });

  it.each([undefined, '', '   '])('requires a reason (given %j)', async (reason) => {
    const attempt = useCases.archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, reason));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'reason', code: 'reason.required' })] });
    expect((await useCases.getOrganisation.execute(bakery.id)).archivedAt).toBeNull();
    expect(kit.auditLog.entries.filter((entry) => entry.action === 'archive')).toEqual([]);
  });

  it('keeps the organisation, marked archived with the reason, and audits it', async () => {
    const context = changeBy(undefined, ' Bedrijf opgeheven ');
    const archived = await useCases.archiveOrganisation.execute(bakery.id, 1, context);
    expect(archived).toMatchObject({ archivedAt: kit.clock.now(), archiveReason: 'Bedrijf opgeheven', version: 2 });
    expect(kit.auditLog.last()).toEqual({
      action: 'archive',
      objectType: 'organisation',
      objectId: bakery.id,
      changes: { archivedAt: { old: null, new: kit.clock.now().toISOString() }, archiveReason: { old: null, new: 'Bedrijf opgeheven' } },
      context: { ...context, reason: 'Bedrijf opgeheven' },
    });
  });

  it('hides archived organisations from lists unless asked for', async () => {
    await useCases.archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, 'Opgeheven'));
    const visible = await useCases.searchOrganisations.execute({ city: 'vught' });
    expect(visible.items.map((item) => item.name)).toEqual(['Slagerij Jansen']);
    const all = await useCases.searchOrganisations.execute({ city: 'Vught', includeArchived: true });
    expect(all.items.map((item) => [item.name, item.archived])).toEqual([
      ['Bakkerij Van Dijk', true],
      ['Slagerij Jansen', false],
    ]);
    expect(all.total).toBe(2);
  });

  it('still shows an archived organisation when opened directly', async () => {
    await useCases.archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, 'Opgeheven'));
    await expect(useCases.getOrganisation.execute(bakery.id)).resolves.toMatchObject({ archiveReason: 'Opgeheven' });
  });

  it('does not archive twice', async () => {
    await useCases.archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, 'Opgeheven'));
    await expect(useCases.archiveOrganisation.execute(bakery.id, null, changeBy(undefined, 'Nogmaals'))).rejects.toMatchObject({
      code: 'organisation.archived',
    });
  });

  it('rejects archiving a version the caller did not see', async () => {
    await useCases.updateOrganisation.execute(bakery.id, { phone: '073 615 51 55' }, 1, changeBy());
    await expect(useCases.archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, 'Opgeheven'))).rejects.toMatchObject({
      code: 'stale-version',
    });
  });

  it('restores with a reason, clearing the archive marks', async () => {
    await useCases.archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, 'Opgeheven'));
    await expect(useCases.restoreOrganisation.execute(bakery.id, 2, changeBy())).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'reason.required' })],
    });
    const restored = await useCases.restoreOrganisation.execute(bakery.id, 2, changeBy(undefined, 'Toch weer actief'));
    expect(restored).toMatchObject({ archivedAt: null, archiveReason: null, version: 3 });
    expect(kit.auditLog.last()).toMatchObject({ action: 'restore', context: { reason: 'Toch weer actief' } });
  });

  it('does not restore an organisation that is not archived', async () => {
    await expect(useCases.restoreOrganisation.execute(bakery.id, null, changeBy(undefined, 'Waarom niet'))).rejects.toMatchObject({
      code: 'organisation.not-archived',
    });
  });
});
