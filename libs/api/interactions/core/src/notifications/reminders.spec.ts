import { BART, changeBy, createInteractionsTestKit, interactionsUseCases, type InteractionsTestKit } from '../testing/interactions-test-kit.js';

describe('task reminders', () => {
  let kit: InteractionsTestKit;
  let useCases: ReturnType<typeof interactionsUseCases>;
  let organisationId: string;

  beforeEach(() => {
    kit = createInteractionsTestKit(); // today is 2026-07-01 in Amsterdam
    useCases = interactionsUseCases(kit);
    organisationId = kit.organisations.add().id;
  });

  const create = (title: string, dueDate: string | null, assignee: { assigneeId?: string; assigneeTeam?: string } = { assigneeId: BART }) =>
    useCases.createTask.execute({ title, dueDate, relation: { objectType: 'organisation', objectId: organisationId }, ...assignee }, changeBy());

  it('reminds the assignee of a task due today, once, however often the job runs', async () => {
    const task = await create('Offerte nabellen', '2026-07-01');
    expect(await useCases.notifyDueTasks.remindTask({ taskId: task.id, dueDate: '2026-07-01' })).toBe(true);
    expect(await useCases.notifyDueTasks.remindTask({ taskId: task.id, dueDate: '2026-07-01' })).toBe(false);
    expect(await useCases.notifyDueTasks.sweep()).toBe(0);
    expect(kit.notifications.all()).toEqual([
      expect.objectContaining({
        recipientId: BART,
        kind: 'task-due',
        title: 'Taak voor vandaag: Offerte nabellen',
        link: `/api/v1/tasks/${task.id}`,
        objectType: 'task',
        objectId: task.id,
        readAt: null,
      }),
    ]);
  });

  it('leaves one notification when two replicas sweep at the same moment', async () => {
    await create('A', '2026-07-01');
    await create('B', '2026-06-15');
    const results = await Promise.all([useCases.notifyDueTasks.sweep(), useCases.notifyDueTasks.sweep()]);
    expect(results[0] + results[1]).toBe(2);
    expect(kit.notifications.all()).toHaveLength(2);
    expect(kit.notifications.all().map((notification) => notification.title).sort()).toEqual(['Taak over tijd: B', 'Taak voor vandaag: A']);
  });

  it('does nothing for tasks not yet due, closed, moved to another date, or assigned only to a team', async () => {
    const future = await create('Later', '2026-07-02');
    const moved = await create('Verzet', '2026-07-01');
    await useCases.updateTask.execute(moved.id, { dueDate: '2026-07-08' }, 1, changeBy());
    const closed = await create('Klaar', '2026-07-01');
    await useCases.updateTask.execute(closed.id, { status: 'afgerond' }, 1, changeBy());
    await create('Team', '2026-07-01', { assigneeTeam: 'Team Economie' });

    expect(await useCases.notifyDueTasks.remindTask({ taskId: future.id, dueDate: '2026-07-02' })).toBe(false);
    expect(await useCases.notifyDueTasks.remindTask({ taskId: moved.id, dueDate: '2026-07-01' })).toBe(false);
    expect(await useCases.notifyDueTasks.remindTask({ taskId: closed.id, dueDate: '2026-07-01' })).toBe(false);
    expect(await useCases.notifyDueTasks.sweep()).toBe(0);
    expect(kit.notifications.all()).toEqual([]);
  });

  it('reminds again for a new due date or a new assignee', async () => {
    const task = await create('Nabellen', '2026-06-30');
    expect(await useCases.notifyDueTasks.sweep()).toBe(1);
    await useCases.updateTask.execute(task.id, { dueDate: '2026-07-01' }, 1, changeBy());
    expect(await useCases.notifyDueTasks.sweep()).toBe(1);
    await useCases.updateTask.execute(task.id, { assigneeId: 'tenant:anne' }, 2, changeBy());
    expect(await useCases.notifyDueTasks.sweep()).toBe(1);
    expect(kit.notifications.all().map((notification) => notification.recipientId)).toEqual([BART, BART, 'tenant:anne']);
  });

  describe('by e-mail', () => {
    it('queues an e-mail only for employees who asked for one, and sends it once', async () => {
      await useCases.updateNotificationSettings.execute({ email: ' Bart@Gemeente.nl ', emailReminders: true }, changeBy(BART));
      const task = await create('Offerte nabellen', '2026-07-01');
      await create('Voor Anne', '2026-07-01', { assigneeId: 'tenant:anne' });
      await useCases.notifyDueTasks.sweep();
      expect(kit.outbox.queued).toHaveLength(1);
      const [notificationId] = kit.outbox.queued;

      expect(await useCases.sendNotificationMail.execute(notificationId!)).toBe('sent');
      expect(await useCases.sendNotificationMail.execute(notificationId!)).toBe('skipped');
      expect(kit.mail.sent).toEqual([
        { to: 'Bart@gemeente.nl', subject: 'Taak voor vandaag: Offerte nabellen', text: expect.stringContaining('moet vandaag af zijn') },
      ]);
      expect((await kit.notifications.findById(notificationId!))?.emailedAt).toEqual(kit.clock.now());
      expect(task.id).toBeDefined();
    });

    it('leaves the notification un-mailed when the mail server fails, so the queue retries', async () => {
      await useCases.updateNotificationSettings.execute({ email: 'bart@gemeente.nl', emailReminders: true }, changeBy(BART));
      await create('Offerte nabellen', '2026-07-01');
      await useCases.notifyDueTasks.sweep();
      kit.mail.failNext = true;
      await expect(useCases.sendNotificationMail.execute(kit.outbox.queued[0]!)).rejects.toMatchObject({ code: 'mail.unavailable' });
      expect((await kit.notifications.findById(kit.outbox.queued[0]!))?.emailedAt).toBeNull();
      expect(await useCases.sendNotificationMail.execute(kit.outbox.queued[0]!)).toBe('sent');
    });
  });
});
