import { addDays, localDate } from '@gemeente-crm/interactions-core';
import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** The 360° view of organisations and persons: contact moments, tasks and changes in one timeline. */
describe('the timeline and summary of a relation', () => {
  let t: TestApp;
  let manager: string;
  let managerId: string;
  let organisationId: string;
  let personId: string;
  const moments: Record<string, string> = {};
  let taskId: string;

  const api = (token: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  const register = async (subject: string, occurredAt: string, links: { objectType: string; objectId: string }[]) =>
    (await json(await api(manager, '/contact-moments', { method: 'POST', body: { channel: 'telefoon', direction: 'inkomend', subject, occurredAt, links } }))).id;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.tokenFor('accountmanager');
    managerId = (await json(await api(manager, '/me'))).id;
    organisationId = (await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Zorggroep De Meierij', ownerId: managerId } }))).id;
    await api(manager, `/organisations/${organisationId}`, { method: 'PATCH', headers: { 'if-match': '"1"' }, body: { phone: '073 123 4567', reason: 'Nieuw nummer' } });
    personId = (await json(await api(manager, '/persons', { method: 'POST', body: { voornaam: 'Sanne', achternaam: 'de Wit' } }))).id;
    const organisation = { objectType: 'organisation', objectId: organisationId };
    moments['old'] = await register('Kennismaking', daysAgo(30), [organisation]);
    moments['recent'] = await register('Evaluatie contract', daysAgo(20), [organisation, { objectType: 'person', objectId: personId }]);
    moments['withdrawn'] = await register('Verkeerde relatie', daysAgo(10), [organisation]);
    await api(manager, `/contact-moments/${moments['withdrawn']}/archive`, { method: 'POST', body: { reason: 'Verkeerde relatie gekozen' } });
    const yesterday = addDays(localDate(new Date()), -1);
    taskId = (await json(await api(manager, '/tasks', { method: 'POST', body: { title: 'Verslag sturen', dueDate: yesterday, relation: organisation } }))).id;
  });
  afterAll(() => t.close());

  it('lists contact moments, tasks and changes newest first, with counts per kind, leaving withdrawn moments out', async () => {
    const response = await api(manager, `/organisations/${organisationId}/timeline`);
    expect(response.status).toBe(200);
    const timeline = await json(response);
    expect(timeline.items.map((item: { kind: string; title: string }) => [item.kind, item.title])).toEqual([
      ['task', 'Verslag sturen'],
      ['change', 'Gewijzigd: phone'],
      ['change', 'Aangemaakt'],
      ['contact-moment', 'Evaluatie contract'],
      ['contact-moment', 'Kennismaking'],
    ]);
    expect(timeline).toMatchObject({ page: 1, pageSize: 25, total: 5, totalIsExact: true, counts: { contactMoment: 2, task: 1, change: 2 } });
    expect(timeline.items[0]).toMatchObject({ id: taskId, status: 'open', actorName: 'Anna de Vries', closedAt: null });
    expect(timeline.items[1]).toMatchObject({ action: 'update', changedFields: ['phone'], reason: 'Nieuw nummer', actorName: 'Anna de Vries' });
    expect(timeline.items[3]).toMatchObject({ id: moments['recent'], channel: 'telefoon', direction: 'inkomend', notesExcerpt: null });
    const times = timeline.items.map((item: { occurredAt: string }) => item.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by kind and period and pages consistently', async () => {
    const only = await json(await api(manager, `/organisations/${organisationId}/timeline?kinds=contact-moment,task`));
    expect(only.items.map((item: { kind: string }) => item.kind)).toEqual(['task', 'contact-moment', 'contact-moment']);
    expect(only).toMatchObject({ total: 3, counts: { contactMoment: 2, task: 1, change: 2 } });

    const period = await json(await api(manager, `/organisations/${organisationId}/timeline?from=${daysAgo(25)}&to=${daysAgo(15)}`));
    expect(period.items.map((item: { id: string }) => item.id)).toEqual([moments['recent']]);
    expect(period.counts).toEqual({ contactMoment: 1, email: 0, task: 0, document: 0, change: 0 });

    const all = (await json(await api(manager, `/organisations/${organisationId}/timeline`))).items.map((item: { id: string }) => item.id);
    const second = (await json(await api(manager, `/organisations/${organisationId}/timeline?pageSize=2&page=2`))).items.map((item: { id: string }) => item.id);
    const third = (await json(await api(manager, `/organisations/${organisationId}/timeline?pageSize=2&page=3`))).items.map((item: { id: string }) => item.id);
    expect(second).toEqual(all.slice(2, 4));
    expect(third).toEqual(all.slice(4, 6));
  });

  it('sums up the organisation: owner, status, open and overdue tasks, last contact', async () => {
    const summary = await json(await api(manager, `/organisations/${organisationId}/summary`));
    expect(summary).toEqual({
      relation: { objectType: 'organisation', objectId: organisationId, name: 'Zorggroep De Meierij', archived: false },
      ownerId: managerId,
      ownerName: 'Anna de Vries',
      status: 'actief',
      openTasks: 1,
      overdueTasks: 1,
      lastContact: { id: moments['recent'], occurredAt: expect.any(String), channel: 'telefoon', direction: 'inkomend', subject: 'Evaluatie contract' },
    });
  });

  it('shows a person’s timeline and records that it was read', async () => {
    const timeline = await json(await api(manager, `/persons/${personId}/timeline`));
    expect(timeline.items.map((item: { kind: string; title: string }) => [item.kind, item.title])).toEqual([
      ['change', 'Aangemaakt'],
      ['contact-moment', 'Evaluatie contract'],
    ]);
    const reads = await t.app.get(DataSource).query(`SELECT 1 FROM audit_event WHERE object_type = 'person' AND object_id = $1 AND action = 'read'`, [personId]);
    expect(reads).toHaveLength(1);
    // The read itself does not show up as a change.
    expect((await json(await api(manager, `/persons/${personId}/timeline`))).counts.change).toBe(1);
    const summary = await json(await api(manager, `/persons/${personId}/summary`));
    expect(summary).toMatchObject({ relation: { name: 'Sanne de Wit' }, ownerId: null, status: null, openTasks: 0, lastContact: { id: moments['recent'] } });
  });

  it('answers unknown relations and bad filters with problems', async () => {
    expect((await api(manager, '/organisations/00000000-0000-4000-8000-000000000000/timeline')).status).toBe(404);
    expect((await json(await api(manager, '/persons/00000000-0000-4000-8000-000000000000/summary'))).code).toBe('person.not-found');
    expect((await api(manager, `/organisations/${organisationId}/timeline?kinds=fax`)).status).toBe(422);
    const period = await api(manager, `/organisations/${organisationId}/timeline?from=${daysAgo(1)}&to=${daysAgo(2)}`);
    expect(period.status).toBe(422);
    expect((await json(period)).errors[0].code).toBe('period.invalid');
    expect((await api(await t.tokenFor('bi-lezer'), `/organisations/${organisationId}/timeline`)).status).toBe(403);
  });
});
