import { json, startTestApp, type TestApp } from '../support/test-app.js';

/** Merging a duplicate into the record that stays: fields, references, history, concurrency. */
describe('merging duplicate relations', () => {
  let t: TestApp;
  let manager: string;
  let employee: string;

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
  const created = async (response: Promise<Response>) => {
    const result = await response;
    expect(result.status).toBe(201);
    return json(result);
  };
  const organisation = (body: Record<string, unknown>) => created(api(manager, '/organisations', { method: 'POST', body }));

  let survivor: { id: string; version: number };
  let duplicate: { id: string; version: number };
  let personId: string;
  let momentId: string;
  let taskId: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.tokenFor('accountmanager');
    employee = await t.tokenFor('medewerker');
    survivor = await organisation({ name: 'Bakkerij Jansen', phone: null, tags: ['bakker'], visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211JX', city: 'Den Bosch' } });
    duplicate = await organisation({
      name: 'Bakkerij Jansen B.V.',
      kvkNumber: '12345678',
      phone: '073 612 3456',
      tags: ['mkb'],
      visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211JX', city: 'Den Bosch' },
    });
    personId = (await created(api(manager, '/persons', { method: 'POST', body: { voornaam: 'Piet', achternaam: 'Jansen' } }))).id;
    await created(api(manager, `/organisations/${duplicate.id}/contact-persons`, { method: 'POST', body: { personId, function: 'Eigenaar' } }));
    const link = { objectType: 'organisation', objectId: duplicate.id };
    momentId = (await created(api(manager, '/contact-moments', { method: 'POST', body: { channel: 'telefoon', direction: 'inkomend', subject: 'Bestelling', links: [link] } }))).id;
    taskId = (await created(api(manager, '/tasks', { method: 'POST', body: { title: 'Terugbellen', relation: link } }))).id;
    // An earlier change on the duplicate, to find back in the survivor's history.
    const patched = await api(manager, `/organisations/${duplicate.id}`, { method: 'PATCH', headers: { 'if-match': '"1"' }, body: { website: 'https://jansen.nl', reason: 'Website gevonden' } });
    duplicate = await json(patched);
  });
  afterAll(() => t.close());

  it('shows both records side by side with the differing fields and what would move', async () => {
    const response = await api(manager, `/organisations/${survivor.id}/merge-preview?otherId=${duplicate.id}`);
    expect(response.status).toBe(200);
    const preview = await json(response);
    expect(preview.first.id).toBe(survivor.id);
    expect(preview.second.id).toBe(duplicate.id);
    expect(preview.differingFields).toEqual(['name', 'kvkNumber', 'phone', 'website', 'tags']);
    // Only what is there: other domains (documents) report zero counts too.
    expect(preview.movesFromSecond.filter((move: { count: number }) => move.count > 0)).toEqual([
      { kind: 'contact-person', count: 1 },
      { kind: 'contact-moment', count: 1 },
      { kind: 'task', count: 1 },
    ]);
  });

  it('requires a reason and the roles that may archive', async () => {
    const body = { mergedId: duplicate.id, mergedVersion: duplicate.version };
    expect((await api(employee, `/organisations/${survivor.id}/merge`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { ...body, reason: 'Dubbel' } })).status).toBe(403);
    const response = await api(manager, `/organisations/${survivor.id}/merge`, { method: 'POST', headers: { 'if-match': '"1"' }, body });
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toEqual([expect.objectContaining({ field: 'reason', code: 'reason.required' })]);
  });

  it('refuses a stale version of either record with 412 and changes nothing', async () => {
    const stale = await api(manager, `/organisations/${survivor.id}/merge`, {
      method: 'POST',
      headers: { 'if-match': '"1"' },
      body: { mergedId: duplicate.id, mergedVersion: 1, reason: 'Dubbel ingevoerd' },
    });
    expect(stale.status).toBe(412);
    const staleSurvivor = await api(manager, `/organisations/${survivor.id}/merge`, {
      method: 'POST',
      headers: { 'if-match': '"7"' },
      body: { mergedId: duplicate.id, mergedVersion: duplicate.version, reason: 'Dubbel ingevoerd' },
    });
    expect(staleSurvivor.status).toBe(412);
    expect((await json(await api(manager, `/organisations/${duplicate.id}`))).mergedIntoId).toBeNull();
  });

  it('merges with the chosen values, moves everything to the survivor and keeps the duplicate read-only', async () => {
    const response = await api(manager, `/organisations/${survivor.id}/merge`, {
      method: 'POST',
      headers: { 'if-match': '"1"', 'x-reason': encodeURIComponent('Zelfde bakkerij, twee keer ingevoerd') },
      body: { mergedId: duplicate.id, mergedVersion: duplicate.version, choices: { name: 'survivor', kvkNumber: 'merged', tags: 'both' } },
    });
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.survivor).toMatchObject({
      name: 'Bakkerij Jansen',
      kvkNumber: '12345678',
      phone: '073 612 3456',
      website: 'https://jansen.nl',
      tags: ['bakker', 'mkb'],
      version: 2,
    });
    expect(result.merged).toMatchObject({ mergedIntoId: survivor.id, kvkNumber: null, archiveReason: 'Zelfde bakkerij, twee keer ingevoerd' });
    expect(result.merged.archivedAt).not.toBeNull();
    expect(result.moved.filter((move: { count: number }) => move.count > 0)).toEqual([
      { kind: 'contact-person', count: 1 },
      { kind: 'contact-moment', count: 1 },
      { kind: 'task', count: 1 },
    ]);

    const contacts = await json(await api(manager, `/organisations/${survivor.id}/contact-persons`));
    expect(contacts.map((contact: { personId: string }) => contact.personId)).toEqual([personId]);
    const moment = await json(await api(manager, `/contact-moments/${momentId}`));
    expect(moment.links).toEqual([expect.objectContaining({ objectType: 'organisation', objectId: survivor.id })]);
    expect((await json(await api(manager, `/tasks/${taskId}`))).relation).toMatchObject({ objectId: survivor.id });
  });

  it("shows the duplicate's history and the merge in the survivor's history, and the merge on the duplicate", async () => {
    const history = await json(await api(manager, `/organisations/${survivor.id}/history?pageSize=50`));
    const events = history.items.map((event: { action: string; objectId: string }) => [event.action, event.objectId === survivor.id ? 'survivor' : 'duplicate']);
    expect(events).toEqual(
      expect.arrayContaining([
        ['merge', 'survivor'],
        ['merge', 'duplicate'],
        ['update', 'duplicate'],
        ['create', 'duplicate'],
        ['create', 'survivor'],
      ]),
    );
    const merge = history.items.find((event: { action: string; objectId: string }) => event.action === 'merge' && event.objectId === survivor.id);
    expect(merge.reason).toBe('Zelfde bakkerij, twee keer ingevoerd');
    expect(merge.changes.merge.new).toMatchObject({ mergedId: duplicate.id, choices: { name: 'survivor', kvkNumber: 'merged', tags: 'both', phone: 'merged' } });
    const own = await json(await api(manager, `/organisations/${duplicate.id}/history`));
    expect(own.items[0]).toMatchObject({ action: 'merge', reason: 'Zelfde bakkerij, twee keer ingevoerd' });
  });

  it("lists the merge on the survivor's timeline as Samengevoegd, with its reason", async () => {
    const timeline = await json(await api(manager, `/organisations/${survivor.id}/timeline?kinds=change`));
    expect(timeline.items[0]).toMatchObject({ kind: 'change', action: 'merge', title: 'Samengevoegd', reason: 'Zelfde bakkerij, twee keer ingevoerd' });
  });

  it('finds the merged record only with archived ones, labelled as merged', async () => {
    const active = await json(await api(manager, '/organisations?q=jansen'));
    expect(active.items.map((item: { id: string }) => item.id)).toEqual([survivor.id]);
    const all = await json(await api(manager, '/organisations?q=jansen&includeArchived=true'));
    expect(all.items.find((item: { id: string }) => item.id === duplicate.id)).toMatchObject({ archived: true, merged: true });
  });

  it('refuses to merge, edit or restore a merged record with 409 and a clear code', async () => {
    const current = await json(await api(manager, `/organisations/${duplicate.id}`));
    const other = await organisation({ name: 'Iets anders' });
    const again = await api(manager, `/organisations/${other.id}/merge`, {
      method: 'POST',
      headers: { 'if-match': '"1"' },
      body: { mergedId: duplicate.id, mergedVersion: current.version, reason: 'Nog een keer' },
    });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe('organisation.merged');
    const edit = await api(manager, `/organisations/${duplicate.id}`, { method: 'PATCH', headers: { 'if-match': `"${current.version}"` }, body: { phone: '0612345678' } });
    expect([edit.status, (await json(edit)).code]).toEqual([409, 'organisation.merged']);
    const restore = await api(manager, `/organisations/${duplicate.id}/restore`, { method: 'POST', body: { reason: 'Terug' } });
    expect([restore.status, (await json(restore)).code]).toEqual([409, 'organisation.merged']);
  });

  it('refuses to merge an archived record', async () => {
    const archived = await organisation({ name: 'Opgeheven bv' });
    await api(manager, `/organisations/${archived.id}/archive`, { method: 'POST', body: { reason: 'Opgeheven' } });
    const response = await api(manager, `/organisations/${survivor.id}/merge`, {
      method: 'POST',
      headers: { 'if-match': '"2"' },
      body: { mergedId: archived.id, mergedVersion: 2, reason: 'Dubbel' },
    });
    expect([response.status, (await json(response)).code]).toEqual([409, 'merge.archived']);
  });

  it('merges persons the same way, moving their contact-person links', async () => {
    const first = await created(api(manager, '/persons', { method: 'POST', body: { voornaam: 'Anna', achternaam: 'Bakker', email: 'anna@example.nl' } }));
    const second = await created(api(manager, '/persons', { method: 'POST', body: { voornaam: 'A.', achternaam: 'Bakker', phone: '0612345678', email: 'ANNA@example.nl' } }));
    await created(api(manager, `/organisations/${survivor.id}/contact-persons`, { method: 'POST', body: { personId: second.id, function: 'Inkoop' } }));
    const response = await api(manager, `/persons/${first.id}/merge`, {
      method: 'POST',
      headers: { 'if-match': '"1"' },
      body: { mergedId: second.id, mergedVersion: 1, reason: 'Zelfde persoon' },
    });
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.survivor).toMatchObject({ voornaam: 'Anna', phone: '0612345678', email: 'anna@example.nl' });
    expect(result.merged).toMatchObject({ mergedIntoId: first.id });
    expect(result.moved).toEqual(expect.arrayContaining([{ kind: 'contact-person', count: 1 }]));
    const contacts = await json(await api(manager, `/organisations/${survivor.id}/contact-persons`));
    expect(contacts.map((contact: { personId: string }) => contact.personId).sort()).toEqual([personId, first.id].sort());
  });

  it("asks which postal address a merged person keeps, and keeps the chosen one", async () => {
    const oldAddress = { street: 'Kerkstraat', houseNumber: '3', postcode: '5341 BN', city: 'Oss' };
    const newAddress = { street: 'Hinthamerstraat', houseNumber: '74', houseNumberAddition: 'b', postcode: '5211 MR', city: "'s-Hertogenbosch" };
    const first = await created(api(manager, '/persons', { method: 'POST', body: { voornaam: 'Sanne', achternaam: 'Verhoeven', postalAddress: oldAddress } }));
    const second = await created(api(manager, '/persons', { method: 'POST', body: { voornaam: 'Sanne', achternaam: 'Verhoeven', postalAddress: newAddress } }));

    const preview = await json(await api(manager, `/persons/${first.id}/merge-preview?otherId=${second.id}`));
    expect(preview.differingFields).toEqual(['postalAddress']);

    const response = await api(manager, `/persons/${first.id}/merge`, {
      method: 'POST',
      headers: { 'if-match': '"1"' },
      body: { mergedId: second.id, mergedVersion: 1, choices: { postalAddress: 'merged' }, reason: 'Zelfde inwoner, verhuisd' },
    });
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.survivor.postalAddress).toEqual({ ...newAddress, postcode: '5211MR', country: 'NL' });
    expect((await json(await api(manager, `/persons/${first.id}`))).postalAddress.city).toBe("'s-Hertogenbosch");
  });
});
