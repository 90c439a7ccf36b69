import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

/** Registering, correcting, finding and withdrawing contact moments through real HTTP. */
describe('contact moments', () => {
  let t: TestApp;
  let manager: string;
  let colleague: string;
  let managerId: string;
  let colleagueId: string;
  let organisationId: string;
  let personId: string;

  const api = (token: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  const count = async (table: string): Promise<number> => (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.tokenFor('accountmanager');
    colleague = await t.tokenFor('medewerker');
    // Staff become known (and so eligible as participants) by calling the API.
    managerId = (await json(await api(manager, '/me'))).id;
    colleagueId = (await json(await api(colleague, '/me'))).id;
    organisationId = (await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Bakkerij Van Dijk' } }))).id;
    personId = (await json(await api(manager, '/persons', { method: 'POST', body: { voornaam: 'Jan', tussenvoegsel: 'van der', achternaam: 'Berg' } }))).id;
  });
  afterAll(() => t.close());

  let id: string;

  it('registers a contact moment with sanitised notes, its relations and participants', async () => {
    const response = await api(manager, '/contact-moments', {
      method: 'POST',
      headers: { 'x-reason': 'Telefoontje' },
      body: {
        channel: 'telefoon',
        direction: 'inkomend',
        occurredAt: '2026-03-02T10:15:00+01:00',
        subject: 'Vraag over terrasvergunningen',
        notes: '<p>Wil het terras <strong>uitbreiden</strong>.<script>alert(1)</script></p><p onclick="x()">Belt terug.</p>',
        links: [
          { objectType: 'organisation', objectId: organisationId },
          { objectType: 'person', objectId: personId },
        ],
        participantIds: [managerId, colleagueId],
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const body = await json(response);
    id = body.id;
    expect(response.headers.get('location')).toBe(`/api/v1/contact-moments/${id}`);
    expect(body).toMatchObject({
      channel: 'telefoon',
      direction: 'inkomend',
      occurredAt: '2026-03-02T09:15:00.000Z',
      notesHtml: '<p>Wil het terras <strong>uitbreiden</strong>.</p><p>Belt terug.</p>',
      notesText: 'Wil het terras uitbreiden.\nBelt terug.',
      createdBy: { id: managerId, name: 'Anna de Vries' },
      version: 1,
    });
    expect(body.links).toEqual([
      { objectType: 'organisation', objectId: organisationId, name: 'Bakkerij Van Dijk' },
      { objectType: 'person', objectId: personId, name: 'Jan van der Berg' },
    ]);
    expect(body.participants.map((p: { name: string }) => p.name).sort()).toEqual(['Anna de Vries', 'Jeroen Jansen']);
    const [event] = await t.app.get(DataSource).query(`SELECT * FROM audit_event WHERE object_type = 'contact-moment' AND object_id = $1`, [id]);
    expect(event).toMatchObject({ action: 'create', reason: 'Telefoontje' });
  });

  it('rejects bad input field by field and writes nothing', async () => {
    const before = await count('contact_moment');
    const shape = await api(manager, '/contact-moments', { method: 'POST', body: { channel: 'fax', direction: 'inkomend', subject: '', links: [] } });
    expect(shape.status).toBe(422);
    expect((await json(shape)).errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['channel', 'subject', 'links']));

    const related = await api(manager, '/contact-moments', {
      method: 'POST',
      body: {
        channel: 'e-mail',
        direction: 'uitgaand',
        subject: 'Offerte',
        occurredAt: '2099-01-01T00:00:00Z',
        links: [{ objectType: 'organisation', objectId: '00000000-0000-4000-8000-000000000000' }],
        participantIds: ['tenant:onbekend'],
      },
    });
    expect(related.status).toBe(422);
    const errors = (await json(related)).errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(errors).toEqual(['occurredAt:occurred-at.in-future']);

    const missing = await api(manager, '/contact-moments', {
      method: 'POST',
      body: {
        channel: 'e-mail',
        direction: 'uitgaand',
        subject: 'Offerte',
        links: [{ objectType: 'organisation', objectId: '00000000-0000-4000-8000-000000000000' }, { objectType: 'complaint', objectId: organisationId }],
        participantIds: ['tenant:onbekend'],
      },
    });
    expect(missing.status).toBe(422);
    expect((await json(missing)).errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['links.1.objectType:link.type-unsupported']);

    const unknown = await api(manager, '/contact-moments', {
      method: 'POST',
      body: { channel: 'e-mail', direction: 'uitgaand', subject: 'Offerte', links: [{ objectType: 'organisation', objectId: '00000000-0000-4000-8000-000000000000' }], participantIds: ['tenant:onbekend'] },
    });
    expect((await json(unknown)).errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'links.0:link.not-found',
      'participantIds.0:participant.unknown',
    ]);
    expect(await count('contact_moment')).toBe(before);
    expect(await count('interaction_link')).toBe(2);
  });

  it('lets staff correct it with the version they read, and refuses stale or blind updates', async () => {
    const updated = await api(colleague, `/contact-moments/${id}`, {
      method: 'PATCH',
      headers: { 'if-match': '"1"' },
      body: { channel: 'bezoek', links: [{ objectType: 'organisation', objectId: organisationId }], reason: 'Was een bezoek' },
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe('"2"');
    expect((await json(updated)).links).toHaveLength(1);

    const stale = await api(colleague, `/contact-moments/${id}`, { method: 'PATCH', headers: { 'if-match': '"1"' }, body: { subject: 'Anders' } });
    expect(stale.status).toBe(412);
    expect((await json(stale)).code).toBe('stale-version');
    expect((await api(colleague, `/contact-moments/${id}`, { method: 'PATCH', body: { subject: 'Anders' } })).status).toBe(428);
    expect((await json(await api(manager, `/contact-moments/${id}`))).subject).toBe('Vraag over terrasvergunningen');

    const history = await json(await api(manager, `/contact-moments/${id}/history`));
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(history.items[0].changes.channel).toEqual({ old: 'telefoon', new: 'bezoek' });
  });

  it('finds contact moments by relation, channel, employee, period and words in the notes', async () => {
    const other = await api(manager, '/contact-moments', {
      method: 'POST',
      body: { channel: 'e-mail', direction: 'uitgaand', subject: 'Offerte verstuurd', occurredAt: '2026-04-10T08:00:00Z', links: [{ objectType: 'person', objectId: personId }] },
    });
    const otherId = (await json(other)).id;
    const ids = async (query: string) => (await json(await api(colleague, `/contact-moments?${query}`))).items.map((item: { id: string }) => item.id);

    expect(await ids('')).toEqual([otherId, id]);
    expect(await ids(`organisationId=${organisationId}`)).toEqual([id]);
    expect(await ids(`personId=${personId}`)).toEqual([otherId]);
    expect(await ids('channel=bezoek')).toEqual([id]);
    expect(await ids('participantId=me')).toEqual([id]);
    expect(await ids(`participantId=${encodeURIComponent(managerId)}`)).toEqual([otherId, id]);
    expect(await ids('from=2026-04-01T00:00:00Z&to=2026-05-01T00:00:00Z')).toEqual([otherId]);
    // Dutch full-text search: "uitbreiding" and "uitbreiden" share a stem.
    expect(await ids('q=uitbreiding')).toEqual([id]);
    const page = await json(await api(colleague, '/contact-moments?pageSize=1&page=2'));
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(page.items[0]).toMatchObject({ id, notesExcerpt: 'Wil het terras uitbreiden. Belt terug.', participants: expect.any(Array) });
    expect((await api(colleague, `/contact-moments?organisationId=${organisationId}&personId=${personId}`)).status).toBe(422);
  });

  it('withdraws a contact moment registered by mistake only with a reason, and brings it back', async () => {
    expect((await api(manager, `/contact-moments/${id}/archive`, { method: 'POST', body: {} })).status).toBe(422);
    const archived = await api(manager, `/contact-moments/${id}/archive`, { method: 'POST', body: { reason: 'Dubbel ingevoerd' } });
    expect(archived.status).toBe(200);
    expect((await json(archived)).archiveReason).toBe('Dubbel ingevoerd');
    expect(await (async () => (await json(await api(manager, `/contact-moments?organisationId=${organisationId}`))).total)()).toBe(0);
    expect((await json(await api(manager, `/contact-moments?organisationId=${organisationId}&includeArchived=true`))).total).toBe(1);
    const edit = await api(manager, `/contact-moments/${id}`, { method: 'PATCH', headers: { 'if-match': '"3"' }, body: { subject: 'X' } });
    expect(edit.status).toBe(409);
    expect((await json(edit)).code).toBe('contact-moment.archived');
    const restored = await api(manager, `/contact-moments/${id}/restore`, { method: 'POST', headers: { 'if-match': '"3"' }, body: { reason: 'Toch niet dubbel' } });
    expect(restored.status).toBe(200);
    expect((await json(restored)).archivedAt).toBeNull();
  });

  it('lets readers read but only editors write', async () => {
    const admin = await t.tokenFor('functioneel-beheerder');
    expect((await api(admin, `/contact-moments/${id}`)).status).toBe(200);
    expect((await api(admin, '/contact-moments', { method: 'POST', body: {} })).status).toBe(403);
    expect((await api(await t.tokenFor('auditor'), '/contact-moments')).status).toBe(403);
    expect((await api(manager, '/contact-moments/not-a-uuid')).status).toBe(400);
    expect((await api(manager, '/contact-moments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
