import { DuplicateFinder } from '@gemeente-crm/relations-core';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

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

  it('lists the pairs the scan found, best first, for editors only after a scan', async () => {
    expect(await json(await api(editor, '/duplicates?kind=organisation'))).toMatchObject({ items: [], total: 0 });
    expect((await api(editor, '/duplicates/scan', { method: 'POST' })).status).toBe(403);
    const scan = await api(admin, '/duplicates/scan', { method: 'POST' });
    expect(scan.status).toBe(200);
    expect((await json(scan)).items).toEqual([
      expect.objectContaining({ kind: 'organisation', scanned: 6 }),
      expect.objectContaining({ kind: 'person', scanned: 2 }),
    ]);
    const page = await json(await api(editor, '/duplicates?kind=organisation'));
    const pairs = page.items.map((pair: { a: { id: string }; b: { id: string } }) => [pair.a.id, pair.b.id].sort().join());
    expect(pairs).toEqual([[ids['kvkMain'], ids['kvkBranch']].sort().join(), [ids['jansen'], ids['jansenZn']].sort().join()]);
    expect(page.items[0].reasons[0].label).toBe('Zelfde KvK-nummer');
    const persons = await json(await api(editor, '/duplicates?kind=person'));
    expect(persons.total).toBe(1);
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
    await api(admin, '/duplicates/scan', { method: 'POST' });
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
