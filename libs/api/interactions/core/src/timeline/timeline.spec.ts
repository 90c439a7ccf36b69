import { NotFoundError } from '@gemeente-crm/api-kernel';
import { ANNE, changeBy, createInteractionsTestKit, interactionsUseCases, type InteractionsTestKit } from '../testing/interactions-test-kit.js';

describe('the 360° view of a relation', () => {
  let kit: InteractionsTestKit;
  let useCases: ReturnType<typeof interactionsUseCases>;

  beforeEach(() => {
    kit = createInteractionsTestKit();
    useCases = interactionsUseCases(kit);
  });

  it('asks the read model for the kinds and period wanted, all kinds when none are named', async () => {
    const organisation = kit.organisations.add();
    const subject = { objectType: 'organisation' as const, objectId: organisation.id };
    await useCases.getTimeline.execute(subject, { kinds: ['task', 'contact-moment'], page: 2, pageSize: 10 }, changeBy());
    await useCases.getTimeline.execute(subject, {}, changeBy());
    expect(kit.timeline.queries).toEqual([
      { subject, kinds: ['contact-moment', 'task'], page: 2, pageSize: 10 },
      { subject, kinds: ['contact-moment', 'email', 'task', 'document', 'change'], page: 1, pageSize: 25 },
    ]);
    expect(kit.auditLog.entries).toEqual([]);
  });

  it('records reading a person’s timeline in the audit trail', async () => {
    const person = kit.persons.add();
    await useCases.getTimeline.execute({ objectType: 'person', objectId: person.id }, {}, changeBy());
    expect(kit.auditLog.last()).toMatchObject({ action: 'read', objectType: 'person', objectId: person.id });
  });

  it('refuses an unknown relation and an empty period', async () => {
    await expect(
      useCases.getTimeline.execute({ objectType: 'organisation', objectId: '00000000-0000-4000-8000-000000000000' }, {}, changeBy()),
    ).rejects.toBeInstanceOf(NotFoundError);
    const organisation = kit.organisations.add();
    const day = new Date('2026-07-01T00:00:00Z');
    await expect(
      useCases.getTimeline.execute({ objectType: 'organisation', objectId: organisation.id }, { from: day, to: day }, changeBy()),
    ).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'to', code: 'period.invalid' })] });
  });

  it('sums up an organisation: owner with name, status, open tasks and last contact', async () => {
    const organisation = kit.organisations.add({ ownerId: ANNE, status: 'prospect' });
    const lastContact = { id: 'c1', occurredAt: new Date('2026-06-30T10:00:00Z'), channel: 'telefoon' as const, direction: 'inkomend' as const, subject: 'Vraag' };
    kit.timeline.nextFacts = { openTasks: 3, overdueTasks: 1, lastContact };
    const summary = await useCases.getRelationSummary.execute({ objectType: 'organisation', objectId: organisation.id });
    expect(summary).toEqual({
      relation: { objectType: 'organisation', objectId: organisation.id, name: 'Bakkerij Van Dijk', archived: false },
      ownerId: ANNE,
      ownerName: 'Anne de Graaf',
      status: 'prospect',
      openTasks: 3,
      overdueTasks: 1,
      lastContact,
    });
    expect(kit.timeline.factsAsked[0]?.today).toBe('2026-07-01');
  });
});
