import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import { ANNE, BART, changeBy, createInteractionsTestKit, interactionsUseCases, type InteractionsTestKit } from '../testing/interactions-test-kit.js';
import type { Organisation, Person } from '@gemeente-crm/relations-core';
import type { ContactMoment } from './contact-moment.js';

describe('contact moments', () => {
  let kit: InteractionsTestKit;
  let useCases: ReturnType<typeof interactionsUseCases>;
  let bakery: Organisation;
  let jan: Person;

  beforeEach(() => {
    kit = createInteractionsTestKit();
    useCases = interactionsUseCases(kit);
    bakery = kit.organisations.add({ name: 'Bakkerij Van Dijk' });
    jan = kit.persons.add();
  });

  const register = (overrides: Record<string, unknown> = {}) =>
    useCases.createContactMoment.execute(
      {
        channel: 'telefoon',
        direction: 'inkomend',
        subject: 'Vraag over terrasvergunning',
        notes: '<p>Wil <strong>uitbreiden</strong>.</p><script>x()</script>',
        links: [
          { objectType: 'organisation', objectId: bakery.id },
          { objectType: 'person', objectId: jan.id },
        ],
        ...overrides,
      },
      changeBy(ANNE, 'Telefoontje'),
    );

  describe('registering one', () => {
    it('stores it with sanitised notes, its links, and the registering employee as participant', async () => {
      const moment = await register();
      expect(moment).toMatchObject({
        channel: 'telefoon',
        direction: 'inkomend',
        occurredAt: kit.clock.now(),
        notesHtml: '<p>Wil <strong>uitbreiden</strong>.</p>',
        notesText: 'Wil uitbreiden.',
        participantIds: [ANNE],
        createdBy: ANNE,
        version: 1,
        archivedAt: null,
      });
      expect(moment.links).toHaveLength(2);
      expect(await useCases.getContactMoment.execute(moment.id)).toEqual(moment);
    });

    it('records it in the audit trail with the reason, without the derived plain text', async () => {
      const moment = await register();
      const entry = kit.auditLog.last()!;
      expect(entry).toMatchObject({ action: 'create', objectType: 'contact-moment', objectId: moment.id, context: { reason: 'Telefoontje' } });
      expect(entry.changes).toHaveProperty('notesHtml');
      expect(entry.changes).not.toHaveProperty('notesText');
    });

    it('refuses links to relations that do not exist or are archived, and unknown participants, writing nothing', async () => {
      const closed = kit.organisations.add({ archivedAt: new Date('2026-01-01T00:00:00Z'), archiveReason: 'Opgeheven' });
      const attempt = register({
        links: [
          { objectType: 'organisation', objectId: closed.id },
          { objectType: 'person', objectId: '00000000-0000-4000-8000-000000000000' },
        ],
        participantIds: [ANNE, 'tenant:onbekend'],
      });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
      expect(error.errors.map((fieldError) => [fieldError.field, fieldError.code])).toEqual([
        ['links.0', 'link.archived'],
        ['links.1', 'link.not-found'],
        ['participantIds.1', 'participant.unknown'],
      ]);
      expect(kit.moments.writes).toBe(0);
      expect(kit.auditLog.entries).toEqual([]);
    });
  });

  describe('correcting one', () => {
    let moment: ContactMoment;

    beforeEach(async () => {
      moment = await register();
      kit.clock.advance(60_000);
    });

    it('changes the fields in the patch, replaces links and participants, and audits what changed', async () => {
      const updated = await useCases.updateContactMoment.execute(
        moment.id,
        { channel: 'bezoek', links: [{ objectType: 'organisation', objectId: bakery.id }], participantIds: [ANNE, BART] },
        1,
        changeBy(BART, 'Was een bezoek, geen telefoontje'),
      );
      expect(updated).toMatchObject({ channel: 'bezoek', participantIds: [ANNE, BART], version: 2, updatedAt: kit.clock.now() });
      expect(updated.links).toEqual([{ objectType: 'organisation', objectId: bakery.id }]);
      expect(kit.auditLog.last()).toMatchObject({
        action: 'update',
        changes: {
          channel: { old: 'telefoon', new: 'bezoek' },
          links: { old: moment.links, new: [{ objectType: 'organisation', objectId: bakery.id }] },
          participantIds: { old: [ANNE], new: [ANNE, BART] },
        },
      });
    });

    it('keeps a link to a relation archived since, but refuses a new link to an archived one', async () => {
      await kit.organisations.update({ ...bakery, archivedAt: kit.clock.now(), archiveReason: 'Opgeheven' });
      await expect(useCases.updateContactMoment.execute(moment.id, { subject: 'Terras' }, 1, changeBy())).resolves.toMatchObject({ version: 2 });
      const other = kit.organisations.add({ archivedAt: kit.clock.now(), archiveReason: 'Dicht' });
      await expect(
        useCases.updateContactMoment.execute(moment.id, { links: [...moment.links, { objectType: 'organisation', objectId: other.id }] }, 2, changeBy()),
      ).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'links.2', code: 'link.archived' })] });
    });

    it('rejects a stale version and writes nothing', async () => {
      await useCases.updateContactMoment.execute(moment.id, { subject: 'Eerste' }, 1, changeBy());
      const writes = kit.moments.writes;
      const attempt = useCases.updateContactMoment.execute(moment.id, { subject: 'Tweede' }, 1, changeBy());
      await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
      expect(kit.moments.writes).toBe(writes);
      expect((await useCases.getContactMoment.execute(moment.id)).subject).toBe('Eerste');
    });

    it('writes nothing when the patch changes nothing', async () => {
      const result = await useCases.updateContactMoment.execute(moment.id, { subject: ' Vraag over terrasvergunning ', channel: 'TELEFOON' }, 1, changeBy());
      expect(result).toEqual(moment);
      expect(kit.auditLog.entries).toHaveLength(1);
    });
  });

  describe('archiving one registered by mistake', () => {
    it('needs a reason, hides it from lists, and makes it read-only until restored', async () => {
      const moment = await register();
      await expect(useCases.archiveContactMoment.execute(moment.id, null, changeBy())).rejects.toMatchObject({
        errors: [expect.objectContaining({ code: 'reason.required' })],
      });
      const archived = await useCases.archiveContactMoment.execute(moment.id, 1, changeBy(ANNE, 'Dubbel ingevoerd'));
      expect(archived).toMatchObject({ archivedAt: kit.clock.now(), archiveReason: 'Dubbel ingevoerd', version: 2 });
      expect((await useCases.searchContactMoments.execute()).items).toEqual([]);
      expect((await useCases.searchContactMoments.execute({ includeArchived: true })).items).toHaveLength(1);
      await expect(useCases.updateContactMoment.execute(moment.id, { subject: 'X' }, 2, changeBy())).rejects.toBeInstanceOf(ConflictError);
      await expect(useCases.archiveContactMoment.execute(moment.id, null, changeBy(ANNE, 'Nog eens'))).rejects.toMatchObject({ code: 'contact-moment.archived' });

      const restored = await useCases.restoreContactMoment.execute(moment.id, 2, changeBy(ANNE, 'Toch niet dubbel'));
      expect(restored).toMatchObject({ archivedAt: null, archiveReason: null, version: 3 });
      expect(kit.auditLog.entries.map((entry) => entry.action)).toEqual(['create', 'archive', 'restore']);
    });

    it('reports an unknown contact moment', async () => {
      await expect(useCases.getContactMoment.execute('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('listing', () => {
    it('filters by relation, channel, employee and period, newest first', async () => {
      const other = kit.organisations.add({ name: 'Slagerij Jansen' });
      const first = await register();
      kit.clock.advance(3_600_000);
      const second = await register({ channel: 'bezoek', links: [{ objectType: 'organisation', objectId: other.id }], participantIds: [BART] });
      kit.clock.advance(3_600_000);
      const third = await register({ channel: 'e-mail', links: [{ objectType: 'person', objectId: jan.id }] });

      const ids = async (input: Parameters<typeof useCases.searchContactMoments.execute>[0]) =>
        (await useCases.searchContactMoments.execute(input)).items.map((item) => item.id);
      expect(await ids({})).toEqual([third.id, second.id, first.id]);
      expect(await ids({ linkedTo: { objectType: 'person', objectId: jan.id } })).toEqual([third.id, first.id]);
      expect(await ids({ channel: 'bezoek' })).toEqual([second.id]);
      expect(await ids({ participantId: BART })).toEqual([second.id]);
      expect(await ids({ from: second.occurredAt, to: third.occurredAt })).toEqual([second.id]);
      expect((await useCases.searchContactMoments.execute({ pageSize: 2, page: 2 })).items.map((item) => item.id)).toEqual([first.id]);
    });
  });
});
