import { ConflictError, StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import type { Organisation, Person } from '@gemeente-crm/relations-core';
import { actor, ANNE, BART, changeBy, createInteractionsTestKit, interactionsUseCases, type InteractionsTestKit } from '../testing/interactions-test-kit.js';
import type { Task } from './task.js';

describe('tasks', () => {
  let kit: InteractionsTestKit;
  let useCases: ReturnType<typeof interactionsUseCases>;
  let bakery: Organisation;
  let jan: Person;

  beforeEach(() => {
    kit = createInteractionsTestKit(); // today is 2026-07-01 in Amsterdam
    useCases = interactionsUseCases(kit);
    bakery = kit.organisations.add();
    jan = kit.persons.add();
  });

  const relation = () => ({ objectType: 'organisation', objectId: bakery.id });
  const create = (overrides: Record<string, unknown> = {}, by = ANNE) =>
    useCases.createTask.execute({ title: 'Offerte nabellen', relation: relation(), ...overrides }, changeBy(by));

  describe('creating one', () => {
    it('is open, belongs to its creator unless assigned, and is audited', async () => {
      const task = await create({ description: ' Vraag naar de planning ' });
      expect(task).toMatchObject({
        title: 'Offerte nabellen',
        description: 'Vraag naar de planning',
        status: 'open',
        assigneeId: ANNE,
        assigneeTeam: null,
        dueDate: null,
        relation: { objectType: 'organisation', objectId: bakery.id },
        closedAt: null,
        version: 1,
      });
      expect(kit.auditLog.last()).toMatchObject({ action: 'create', objectType: 'task', objectId: task.id });
    });

    it('can be about a lead of its relation: the link is audited and the lead lists its tasks', async () => {
      const leadId = kit.leads.add('Nieuwe werkplaats', { objectType: 'organisation', objectId: bakery.id });
      const task = await create({ regarding: { objectType: 'lead', objectId: leadId.toUpperCase() } });
      expect(task.regarding).toEqual({ objectType: 'lead', objectId: leadId });
      expect(kit.auditLog.last()!.changes!['regarding']).toEqual({ old: null, new: { objectType: 'lead', objectId: leadId } });
      const page = await useCases.searchTasks.execute({ regarding: { objectType: 'lead', objectId: leadId } });
      expect(page.items.map((item) => item.id)).toEqual([task.id]);
    });

    it('refuses a lead that does not exist or is about another relation, and a kind of record a task cannot be about yet', async () => {
      const otherLead = kit.leads.add('Iets anders', { objectType: 'person', objectId: jan.id });
      await expect(create({ regarding: { objectType: 'lead', objectId: '00000000-0000-4000-8000-000000000000' } })).rejects.toMatchObject({
        errors: [expect.objectContaining({ field: 'regarding', code: 'regarding.not-found' })],
      });
      await expect(create({ regarding: { objectType: 'lead', objectId: otherLead } })).rejects.toMatchObject({
        errors: [expect.objectContaining({ field: 'regarding', code: 'regarding.other-relation' })],
      });
      await expect(create({ regarding: { objectType: 'contract', objectId: otherLead } })).rejects.toMatchObject({
        errors: [expect.objectContaining({ field: 'regarding.objectType', code: 'link.type-unsupported' })],
      });
    });

    it('can go to a team without a person', async () => {
      expect(await create({ assigneeTeam: ' Team   Economie ' })).toMatchObject({ assigneeId: null, assigneeTeam: 'Team Economie' });
    });

    it('schedules the reminder with the task when it has a due date and an assignee', async () => {
      const task = await create({ dueDate: '2026-07-10', assigneeId: BART });
      expect(kit.reminders.scheduled).toEqual([{ taskId: task.id, dueDate: '2026-07-10' }]);
      await create({ dueDate: '2026-07-10', assigneeTeam: 'Team Economie' });
      expect(kit.reminders.scheduled).toHaveLength(1);
    });

    it('checks the relation, the assignee and the contact moment it follows up, and writes nothing when they fail', async () => {
      const otherMoment = await useCases.createContactMoment.execute(
        { channel: 'telefoon', direction: 'inkomend', subject: 'Iets anders', links: [{ objectType: 'person', objectId: jan.id }] },
        changeBy(),
      );
      const attempt = create({ assigneeId: 'tenant:onbekend', dueDate: '2026-02-30', contactMomentId: otherMoment.id });
      await expect(attempt).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'dueDate', code: 'due-date.invalid' })] });
      const second = create({ assigneeId: 'tenant:onbekend', contactMomentId: otherMoment.id });
      await expect(second).rejects.toBeInstanceOf(ValidationError);
      await expect(second).rejects.toMatchObject({
        errors: [
          expect.objectContaining({ field: 'assigneeId', code: 'assignee.unknown' }),
          expect.objectContaining({ field: 'contactMomentId', code: 'contact-moment.other-relation' }),
        ],
      });
      await expect(create({ relation: { objectType: 'complaint', objectId: bakery.id } })).rejects.toMatchObject({
        errors: [expect.objectContaining({ field: 'relation.objectType', code: 'link.type-unsupported' })],
      });
      expect(kit.tasks.writes).toBe(0);
      expect(kit.reminders.scheduled).toEqual([]);
    });

    it('follows up a contact moment about the same relation', async () => {
      const moment = await useCases.createContactMoment.execute(
        { channel: 'bezoek', direction: 'uitgaand', subject: 'Bedrijfsbezoek', links: [relation()] },
        changeBy(),
      );
      expect(await create({ contactMomentId: moment.id })).toMatchObject({ contactMomentId: moment.id });
    });
  });

  describe('moving it along', () => {
    let task: Task;

    beforeEach(async () => {
      task = await create({ dueDate: '2026-07-10' });
      kit.clock.advance(60_000);
    });

    it('goes open → bezig → afgerond, stamping when it was closed', async () => {
      const started = await useCases.updateTask.execute(task.id, { status: 'bezig' }, 1, changeBy());
      expect(started).toMatchObject({ status: 'bezig', closedAt: null, version: 2 });
      const done = await useCases.updateTask.execute(task.id, { status: 'afgerond' }, 2, changeBy());
      expect(done).toMatchObject({ status: 'afgerond', closedAt: kit.clock.now(), version: 3 });
      expect(kit.auditLog.last()?.changes).toMatchObject({ status: { old: 'bezig', new: 'afgerond' } });
    });

    it('is dropped (vervallen) only with a reason', async () => {
      await expect(useCases.updateTask.execute(task.id, { status: 'vervallen' }, 1, changeBy())).rejects.toMatchObject({
        errors: [expect.objectContaining({ code: 'reason.required' })],
      });
      const dropped = await useCases.updateTask.execute(task.id, { status: 'vervallen' }, 1, changeBy(ANNE, 'Klant heeft afgezegd'));
      expect(dropped.status).toBe('vervallen');
      expect(kit.auditLog.last()?.context.reason).toBe('Klant heeft afgezegd');
    });

    it('refuses a move the workflow does not allow, and an unknown status', async () => {
      await useCases.updateTask.execute(task.id, { status: 'afgerond' }, 1, changeBy());
      const attempt = useCases.updateTask.execute(task.id, { status: 'vervallen' }, 2, changeBy(ANNE, 'Toch niet'));
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toMatchObject({ code: 'task.invalid-transition' });
      await expect(useCases.updateTask.execute(task.id, { status: 'klaar' }, 2, changeBy())).rejects.toMatchObject({
        errors: [expect.objectContaining({ field: 'status', code: 'status.unknown' })],
      });
    });

    it('keeps a closed task read-only until it is reopened (with a reason)', async () => {
      await useCases.updateTask.execute(task.id, { status: 'afgerond' }, 1, changeBy());
      await expect(useCases.updateTask.execute(task.id, { title: 'Anders' }, 2, changeBy())).rejects.toMatchObject({ code: 'task.closed' });
      const reopened = await useCases.updateTask.execute(task.id, { status: 'open', title: 'Opnieuw nabellen' }, 2, changeBy(ANNE, 'Niet bereikt'));
      expect(reopened).toMatchObject({ status: 'open', title: 'Opnieuw nabellen', closedAt: null });
    });

    it('schedules a new reminder when the due date or the assignee changes, not for other edits', async () => {
      kit.reminders.scheduled = [];
      await useCases.updateTask.execute(task.id, { title: 'Offerte bellen' }, 1, changeBy());
      expect(kit.reminders.scheduled).toEqual([]);
      await useCases.updateTask.execute(task.id, { dueDate: '2026-07-12' }, 2, changeBy());
      await useCases.updateTask.execute(task.id, { assigneeId: BART }, 3, changeBy());
      expect(kit.reminders.scheduled).toEqual([
        { taskId: task.id, dueDate: '2026-07-12' },
        { taskId: task.id, dueDate: '2026-07-12' },
      ]);
    });

    it('needs somebody to do it', async () => {
      await expect(useCases.updateTask.execute(task.id, { assigneeId: null }, 1, changeBy())).rejects.toMatchObject({
        errors: [expect.objectContaining({ field: 'assigneeId', code: 'assignee.required' })],
      });
    });

    it('rejects a stale version', async () => {
      await useCases.updateTask.execute(task.id, { title: 'Eerste' }, 1, changeBy());
      await expect(useCases.updateTask.execute(task.id, { title: 'Tweede' }, 1, changeBy())).rejects.toBeInstanceOf(StaleVersionError);
    });
  });

  describe('Mijn taken', () => {
    it('shows my open and ongoing tasks, overdue first, then by due date, with undated ones last', async () => {
      const later = await create({ title: 'Later', dueDate: '2026-07-20' });
      const undated = await create({ title: 'Zonder datum' });
      const overdue = await create({ title: 'Verlopen', dueDate: '2026-06-20' });
      const today = await create({ title: 'Vandaag', dueDate: '2026-07-01' });
      const done = await create({ title: 'Klaar', dueDate: '2026-06-01' });
      await useCases.updateTask.execute(done.id, { status: 'afgerond' }, 1, changeBy());
      const started = await create({ title: 'Bezig', dueDate: '2026-06-25' });
      await useCases.updateTask.execute(started.id, { status: 'bezig' }, 1, changeBy());
      await create({ title: 'Van Bart', dueDate: '2026-06-01', assigneeId: BART });

      const mine = await useCases.listMyTasks.execute(actor(ANNE));
      expect(mine.today).toBe('2026-07-01');
      expect(mine.items.map((task) => task.title)).toEqual(['Verlopen', 'Bezig', 'Vandaag', 'Later', 'Zonder datum']);
      expect(mine.items.map((task) => task.id)).toEqual([overdue.id, started.id, today.id, later.id, undated.id]);
    });

    it('lets a team leader filter by assignee, status and due date', async () => {
      await create({ title: 'A', dueDate: '2026-07-02', assigneeId: BART });
      await create({ title: 'B', dueDate: '2026-07-09', assigneeId: BART });
      await create({ title: 'C', dueDate: '2026-06-09' });
      const titles = async (input: Parameters<typeof useCases.searchTasks.execute>[0]) => (await useCases.searchTasks.execute(input)).items.map((task) => task.title);
      expect(await titles({ assigneeId: BART, dueBefore: '2026-07-05' })).toEqual(['A']);
      expect(await titles({ overdue: true })).toEqual(['C']);
      expect(await titles({ statuses: ['afgerond'] })).toEqual([]);
      expect(await titles({ relation: { objectType: 'organisation', objectId: bakery.id }, sort: '-dueDate' })).toEqual(['B', 'A', 'C']);
    });
  });
});
