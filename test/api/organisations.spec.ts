import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

/** The walking skeleton's promise, through real HTTP with real tokens on a real database. */
describe('an account manager manages an organisation end to end', () => {
  let t: TestApp;
  let manager: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.tokenFor('accountmanager');
    auditor = await t.tokenFor('auditor');
  });
  afterAll(() => t.close());

  const api = (token: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });

  const count = async (): Promise<number> => (await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM organisation'))[0].n;

  let id: string;
  let etag: string;

  it('creates an organisation, with a Location and an ETag', async () => {
    const response = await api(manager, '/organisations', {
      method: 'POST',
      headers: { 'x-reason': encodeURIComponent('Nieuwe relatie uit netwerkbijeenkomst') },
      body: {
        name: 'Bakkerij Van Dijk',
        kvkNumber: '12345678',
        legalForm: 'bv',
        visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211 jx', city: "'s-Hertogenbosch" },
        email: 'info@bakkerijvandijk.nl',
        relationTypes: ['klant'],
        tags: ['Horeca', 'horeca', ' centrum '],
      },
    });
    expect(response.status).toBe(201);
    const body = await json(response);
    id = body.id;
    etag = response.headers.get('etag')!;
    expect(etag).toBe('"1"');
    expect(response.headers.get('location')).toBe(`/api/v1/organisations/${id}`);
    expect(body).toMatchObject({ name: 'Bakkerij Van Dijk', version: 1, status: 'actief', tags: ['horeca', 'centrum'] });
    expect(body.visitingAddress.postcode).toBe('5211JX');
  });

  it('finds it by part of its name, its KvK number and its city', async () => {
    for (const q of ['bakkerij', 'van dij', '12345678', 'hertogenbosch']) {
      const page = await json(await api(manager, `/organisations?q=${encodeURIComponent(q)}`));
      expect(page.items.map((o: { id: string }) => o.id)).toContain(id);
    }
  });

  it('edits it with the version it read', async () => {
    const response = await api(manager, `/organisations/${id}`, {
      method: 'PATCH',
      headers: { 'if-match': etag },
      body: { phone: '073 612 3456', reason: 'Telefoonnummer doorgegeven' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect((await json(response)).phone).toBe('073 612 3456');
  });

  it('refuses an edit based on a stale version, and changes nothing', async () => {
    const response = await api(manager, `/organisations/${id}`, { method: 'PATCH', headers: { 'if-match': etag }, body: { phone: '000' } });
    expect(response.status).toBe(412);
    expect((await json(response)).code).toBe('stale-version');
    expect((await json(await api(manager, `/organisations/${id}`))).phone).toBe('073 612 3456');
  });

  it('refuses an edit without If-Match with 428', async () => {
    const response = await api(manager, `/organisations/${id}`, { method: 'PATCH', body: { phone: '000' } });
    expect(response.status).toBe(428);
  });

  it('rejects invalid input field by field and writes nothing', async () => {
    const before = await count();
    const response = await api(manager, '/organisations', {
      method: 'POST',
      body: { name: 'Kapotte BV', kvkNumber: '1234', visitingAddress: { postcode: '0000 XX' }, email: 'geen-adres', relationTypes: ['onbekend'] },
    });
    expect(response.status).toBe(422);
    const fields = (await json(response)).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kvkNumber', 'visitingAddress.postcode', 'email']));
    expect(await count()).toBe(before);
  });

  it('refuses a second organisation with the same KvK number', async () => {
    const response = await api(manager, '/organisations', { method: 'POST', body: { name: 'Dubbel', kvkNumber: '12345678' } });
    expect(response.status).toBe(409);
  });

  it('archives only with a reason, then hides it from lists until asked for', async () => {
    const without = await api(manager, `/organisations/${id}/archive`, { method: 'POST', body: {} });
    expect(without.status).toBe(422);
    const archived = await api(manager, `/organisations/${id}/archive`, { method: 'POST', body: { reason: 'Bedrijf opgeheven' } });
    expect(archived.status).toBe(200);
    expect((await json(archived)).archivedAt).not.toBeNull();
    const hidden = await json(await api(manager, '/organisations?q=bakkerij'));
    expect(hidden.items.map((o: { id: string }) => o.id)).not.toContain(id);
    const shown = await json(await api(manager, '/organisations?q=bakkerij&includeArchived=true'));
    expect(shown.items.map((o: { id: string }) => o.id)).toContain(id);
  });

  it('lets an auditor see every change with who, what and why', async () => {
    const response = await api(auditor, `/audit-events?objectType=organisation&objectId=${id}`);
    expect(response.status).toBe(200);
    const events = (await json(response)).items;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['archive', 'update', 'create']);
    expect(events.map((e: { reason: string }) => e.reason)).toEqual(['Bedrijf opgeheven', 'Telefoonnummer doorgegeven', 'Nieuwe relatie uit netwerkbijeenkomst']);
    expect(events[1].changes).toEqual({ phone: { old: null, new: '073 612 3456' } });
    expect(events[0].actorName).toEqual(expect.any(String));
    const verification = await json(await api(auditor, '/audit-events/verify'));
    expect(verification.valid).toBe(true);
  });

  it('shows the record’s history to the staff who may read it', async () => {
    const response = await api(manager, `/organisations/${id}/history`);
    expect(response.status).toBe(200);
    expect((await json(response)).items).toHaveLength(3);
  });
});
