import { CheckKvkRegistrations } from '@gemeente-crm/relations-core';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

/** R12: the periodic check flags organisations KvK no longer has registered; it never archives them. */
describe('the KvK "no longer registered" check', () => {
  let t: TestApp;
  let admin: string;
  let employee: string;
  const ids: Record<string, string> = {};

  const api = (token: string, path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });

  beforeAll(async () => {
    // The fake KvK register runs in the test app; jobs run only when triggered.
    t = await startTestApp({ KVK_ADAPTER: 'fake' });
    admin = await t.tokenFor('functioneel-beheerder');
    employee = await t.tokenFor('medewerker');
    const manager = await t.tokenFor('accountmanager');
    for (const [key, body] of [
      // Registration ended 31-12-2023 in the fake register (materieleRegistratie.datumEinde).
      ['deregistered', { name: 'Boekhandel Het Oude Stadhuis', kvkNumber: '17115529' }],
      ['registered', { name: 'Klussenbedrijf J. de Bruijn', kvkNumber: '85526740' }],
      ['unknown', { name: 'Verzonnen bv', kvkNumber: '99999999' }],
      ['noKvk', { name: 'Buurtvereniging Zonder Nummer' }],
    ] as const) {
      const response = await api(manager, '/organisations', { method: 'POST', body });
      expect(response.status).toBe(201);
      ids[key] = (await json(response)).id;
    }
  });
  afterAll(() => t.close());

  it('may be started by hand only by the people who run the application', async () => {
    expect((await api(employee, '/organisations/kvk-check', { method: 'POST' })).status).toBe(403);
  });

  it('checks the oldest-checked organisations first, a batch at a time', async () => {
    const first = await t.app.get(CheckKvkRegistrations).execute(2);
    expect(first).toEqual({ checked: 2, flagged: expect.any(Number), interrupted: false });
    const response = await api(admin, '/organisations/kvk-check', { method: 'POST' });
    expect(response.status).toBe(200);
    // The one not checked yet comes first, then the two checked a moment ago.
    expect(await json(response)).toEqual({ checked: 3, flagged: expect.any(Number), interrupted: false });
  });

  it('flags deregistered and unknown numbers, with the date of the check, without a new version or archiving', async () => {
    const deregistered = await json(await api(employee, `/organisations/${ids['deregistered']}`));
    expect(deregistered).toMatchObject({ kvkStatus: 'uitgeschreven', version: 1, archivedAt: null });
    expect(Date.parse(deregistered.kvkCheckedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await json(await api(employee, `/organisations/${ids['unknown']}`))).toMatchObject({ kvkStatus: 'onbekend' });
    expect(await json(await api(employee, `/organisations/${ids['registered']}`))).toMatchObject({ kvkStatus: 'ingeschreven' });
    expect(await json(await api(employee, `/organisations/${ids['noKvk']}`))).toMatchObject({ kvkStatus: null, kvkCheckedAt: null });
  });

  it('offers the flagged organisations as a list filter', async () => {
    const page = await json(await api(employee, '/organisations?kvkWarning=true'));
    expect(page.items.map((item: { id: string }) => item.id).sort()).toEqual([ids['deregistered'], ids['unknown']].sort());
    expect(page.items.find((item: { id: string }) => item.id === ids['deregistered'])).toMatchObject({ kvkStatus: 'uitgeschreven' });
  });

  it('records a change of status in the history with the reason "KvK-controle", once', async () => {
    const history = await json(await api(employee, `/organisations/${ids['deregistered']}/history`));
    const checks = history.items.filter((event: { reason: string }) => event.reason === 'KvK-controle');
    expect(checks).toEqual([
      expect.objectContaining({ action: 'update', actorName: 'Systeem', changes: { kvkStatus: { old: null, new: 'uitgeschreven' } } }),
    ]);
  });
});
