import { DuplicateFinder } from '@gemeente-crm/relations-core';
import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

/** Polls until `check` returns something truthy (the job queue works in the background). */
async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > end) throw new Error('timed out waiting for the job queue');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Duplicate detection (R2): candidates per record, the scanned list, and "geen dubbel". */
describe('finding duplicate relations', () => {
  let t: TestApp;
  let editor: string;
  let admin: string;
  const ids: Record<string, string> = {};

  const api = (token: string, path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  const createOrganisation = async (key: string, body: Record<string, unknown>) => {
    const response = await api(editor, '/organisations', { method: 'POST', body });
    const created = await json(response);
    expect([response.status, created.errors]).toEqual([201, undefined]);
    ids[key] = created.id;
  };
  const createPerson = async (key: string, body: Record<string, unknown>) => {
    const response = await api(editor, '/persons', { method: 'POST', body });
    expect(response.status).toBe(201);
    ids[key] = (await json(response)).id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.tokenFor('medewerker');
    admin = await t.tokenFor('functioneel-beheerder');
    await createOrganisation('jansen', { name: 'Bakkerij Jansen B.V.', visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211 JX', city: 'Den Bosch' } });
    await createOrganisation('jansenZn', { name: 'Bakkerij Jansen & Zn', visitingAddress: { street: 'Markt', houseNumber: '2', postcode: '5211JX', city: 'Den Bosch' } });
    await createOrganisation('jansenElsewhere', { name: 'Bakkerij Jansen', visitingAddress: { street: 'Dam', houseNumber: '1', postcode: '1012 JS', city: 'Amsterdam' } });
    await createOrganisation('other', { name: 'Fietsenmakerij Spaak', visitingAddress: { street: 'Markt', houseNumber: '3', postcode: '5211JX', city: 'Den Bosch' } });
    await createOrganisation('kvkMain', { name: 'Hoveniersbedrijf Groen', kvkNumber: '11112222' });
    await createOrganisation('kvkBranch', { name: 'Groen Tuinen', kvkNumber: '11112222', vestigingsnummer: '000012345678' });
    await createPerson('anna', { voornaam: 'Anna', achternaam: 'Bakker', email: 'anna.bakker@example.nl' });
    await createPerson('annaCaps', { voornaam: 'A.', achternaam: 'Bakker-de Vries', email: 'Anna.Bakker@Example.nl' });
  });
  afterAll(() => t.close());

  /** "Nu opnieuw zoeken" and wait for the job queue to finish the run. */
  const scanAndWait = async () => {
    const response = await api(admin, '/duplicates/scan', { method: 'POST' });
    expect(response.status).toBe(202);
    const run = await json(response);
    return eventually(async () => {
      const latest = (await json(await api(editor, '/duplicates/scan'))).run;
      return latest?.id === run.id && latest.status === 'done' && latest;
    });
  };

  it('suggests the same name at the same postcode, with score and a Dutch reason, but not a namesake elsewhere', async () => {
    const response = await api(editor, `/organisations/${ids['jansen']}/duplicates`);
    expect(response.status).toBe(200);
    const { items } = await json(response);
    expect(items.map((item: { id: string }) => item.id)).toEqual([ids['jansenZn']]);
    expect(items[0].score).toBeGreaterThan(0.75);
    expect(items[0].reasons).toEqual([{ code: 'name-postcode', label: 'Vergelijkbare naam en zelfde postcode' }]);
  });

  it('suggests the same KvK number when one of the two has no vestigingsnummer', async () => {
    const { items } = await json(await api(editor, `/organisations/${ids['kvkMain']}/duplicates`));
    expect(items).toEqual([expect.objectContaining({ id: ids['kvkBranch'], score: 0.95, reasons: [{ code: 'kvk-number', label: 'Zelfde KvK-nummer' }] })]);
  });

  it('suggests persons with the same e-mail address, whatever its capitals', async () => {
    const { items } = await json(await api(editor, `/persons/${ids['anna']}/duplicates`));
    expect(items).toEqual([expect.objectContaining({ id: ids['annaCaps'], reasons: [{ code: 'e-mail', label: 'Zelfde e-mailadres' }] })]);
  });

  it('lets another domain (the import wizard) probe for an organisation that is not stored yet', async () => {
    const finder = t.app.get(DuplicateFinder);
    const candidates = await finder.organisationCandidates({ name: 'bakkerij jansen', postcode: '5211jx' }, 5);
    expect(candidates.map((candidate) => candidate.id).sort()).toEqual([ids['jansen'], ids['jansenZn']].sort());
    expect(await finder.organisationCandidates({ name: 'Iets heel anders', kvkNumber: '11112222', vestigingsnummer: '000099999999' }, 5)).toEqual([
      expect.objectContaining({ id: ids['kvkMain'], reasons: ['kvk-number'] }),
    ]);
  });

  it('lists the pairs the scan found, best first, for editors only after a scan run in the background', async () => {
    expect(await json(await api(editor, '/duplicates?kind=organisation'))).toMatchObject({ items: [], total: 0 });
    expect(await json(await api(editor, '/duplicates/scan'))).toEqual({ run: null });
    expect((await api(editor, '/duplicates/scan', { method: 'POST' })).status).toBe(403);

    const scan = await api(admin, '/duplicates/scan', { method: 'POST' });
    expect(scan.status).toBe(202);
    expect(scan.headers.get('location')).toBe('/api/v1/duplicates/scan');
    const run = await json(scan);
    expect(run).toMatchObject({ trigger: 'request', status: 'queued', requestedBy: { name: expect.any(String) }, finishedAt: null });
    // Clicking again while it waits or runs follows the same run.
    const again = await api(admin, '/duplicates/scan', { method: 'POST' });
    expect(again.status).toBe(202);
    expect((await json(again)).id).toBe(run.id);

    const done = await eventually(async () => {
      const latest = (await json(await api(editor, '/duplicates/scan'))).run;
      return latest?.status === 'done' && latest;
    });
    expect(done).toMatchObject({
      id: run.id,
      results: { organisation: { scanned: 6, pairs: expect.any(Number) }, person: { scanned: 2, pairs: expect.any(Number) } },
      error: null,
    });
    expect(new Date(done.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(done.startedAt).getTime());
    // Who asked, and when, is in the audit trail.
    const [event] = await t.app.get(DataSource).query(`SELECT * FROM audit_event WHERE object_type = 'duplicate-scan-run' AND object_id = $1`, [run.id]);
    expect(event).toMatchObject({ action: 'create' });

    const page = await json(await api(editor, '/duplicates?kind=organisation'));
    const pairs = page.items.map((pair: { a: { id: string }; b: { id: string } }) => [pair.a.id, pair.b.id].sort().join());
    expect(pairs).toEqual([[ids['kvkMain'], ids['kvkBranch']].sort().join(), [ids['jansen'], ids['jansenZn']].sort().join()]);
    expect(page.items[0].reasons[0].label).toBe('Zelfde KvK-nummer');
    const persons = await json(await api(editor, '/duplicates?kind=person'));
    expect(persons.total).toBe(1);
  });

  it('shows the scan status only to those who see the list', async () => {
    expect((await api(await t.tokenFor('bi-lezer'), '/duplicates/scan')).status).toBe(403);
    expect((await api(await t.tokenFor('accountmanager'), '/duplicates/scan', { method: 'POST' })).status).toBe(403);
  });

  it('never suggests a pair again once dismissed as "geen dubbel", and records that on both', async () => {
    const response = await api(editor, '/duplicates/dismiss', {
      method: 'POST',
      body: { kind: 'organisation', firstId: ids['jansenZn'], secondId: ids['jansen'], reason: 'Twee verschillende bakkerijen' },
    });
    expect(response.status).toBe(204);
    const page = await json(await api(editor, '/duplicates?kind=organisation'));
    expect(page.total).toBe(1);
    expect((await json(await api(editor, `/organisations/${ids['jansen']}/duplicates`))).items).toEqual([]);
    // Rescanning does not bring it back.
    await scanAndWait();
    expect((await json(await api(editor, '/duplicates?kind=organisation'))).total).toBe(1);
    for (const [id, other] of [
      [ids['jansen'], ids['jansenZn']],
      [ids['jansenZn'], ids['jansen']],
    ]) {
      const history = await json(await api(editor, `/organisations/${id}/history`));
      expect(history.items[0]).toMatchObject({ action: 'update', reason: 'Twee verschillende bakkerijen', changes: { notDuplicateOf: { old: null, new: other } } });
    }
  });

  it('refuses a record as its own duplicate with a field error', async () => {
    const response = await api(editor, '/duplicates/dismiss', { method: 'POST', body: { kind: 'organisation', firstId: ids['jansen'], secondId: ids['jansen'] } });
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toEqual([expect.objectContaining({ field: 'secondId', code: 'duplicate.same-record' })]);
  });
});

describe('"Nu opnieuw zoeken" where this process runs no job queue', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('scans within the request, as before, and answers with the finished run', async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    const admin = await t.tokenFor('teamleider');
    const response = await fetch(`${t.url}/api/v1/duplicates/scan`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ status: 'done', results: { organisation: { scanned: 0 }, person: { scanned: 0 } } });
    const latest = await json(await fetch(`${t.url}/api/v1/duplicates/scan`, { headers: { authorization: `Bearer ${admin}` } }));
    expect(latest.run).toMatchObject({ status: 'done', trigger: 'request' });
  });
});
