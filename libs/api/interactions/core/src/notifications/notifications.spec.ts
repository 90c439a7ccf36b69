import { NotFoundError } from '@gemeente-crm/api-kernel';
import { actor, ANNE, BART, changeBy, createInteractionsTestKit, interactionsUseCases, type InteractionsTestKit } from '../testing/interactions-test-kit.js';

describe('notifications and their settings', () => {
  let kit: InteractionsTestKit;
  let useCases: ReturnType<typeof interactionsUseCases>;

  beforeEach(() => {
    kit = createInteractionsTestKit();
    useCases = interactionsUseCases(kit);
  });

  it('shows each employee only their own, marks them read once, and hides others’ behind not-found', async () => {
    const organisationId = kit.organisations.add().id;
    await useCases.createTask.execute({ title: 'Bellen', dueDate: '2026-07-01', relation: { objectType: 'organisation', objectId: organisationId } }, changeBy(ANNE));
    await useCases.notifyDueTasks.sweep();
    const mine = await useCases.listMyNotifications.execute(actor(ANNE));
    expect(mine).toMatchObject({ total: 1, unread: 1 });
    expect((await useCases.listMyNotifications.execute(actor(BART))).total).toBe(0);

    const id = mine.items[0]!.id;
    await expect(useCases.markNotificationRead.execute(id, actor(BART))).rejects.toBeInstanceOf(NotFoundError);
    const read = await useCases.markNotificationRead.execute(id, actor(ANNE));
    expect(read.readAt).toEqual(kit.clock.now());
    kit.clock.advance(60_000);
    expect((await useCases.markNotificationRead.execute(id, actor(ANNE))).readAt).toEqual(read.readAt);
    expect(await useCases.listMyNotifications.execute(actor(ANNE), { unreadOnly: true })).toMatchObject({ total: 0, unread: 0 });
  });

  it('starts in-app only, needs an address for e-mail, and audits changes', async () => {
    expect(await useCases.getNotificationSettings.execute(actor(ANNE))).toEqual({ userId: ANNE, email: null, emailReminders: false, updatedAt: null });
    await expect(useCases.updateNotificationSettings.execute({ emailReminders: true }, changeBy(ANNE))).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'email', code: 'email.required' })],
    });
    await expect(useCases.updateNotificationSettings.execute({ email: 'geen adres' }, changeBy(ANNE))).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'email', code: 'email.invalid' })],
    });
    const saved = await useCases.updateNotificationSettings.execute({ email: 'anne@gemeente.nl', emailReminders: true }, changeBy(ANNE));
    expect(saved).toMatchObject({ email: 'anne@gemeente.nl', emailReminders: true });
    expect(kit.auditLog.last()).toMatchObject({ action: 'create', objectType: 'notification-settings', objectId: ANNE });
    expect(await useCases.getNotificationSettings.execute(actor(ANNE))).toEqual(saved);
  });
});
