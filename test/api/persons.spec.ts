import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

describe('persons and contact persons', () => {
  let t: TestApp;
  let manager: string;
  let coordinator: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.tokenFor('accountmanager');
    coordinator = await t.tokenFor('klachtcoordinator');
    auditor = await t.tokenFor('auditor');
  });
  afterAll(() => t.close());

  const api = (token: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });

  let residentId: string;

  it('stores a resident’s BSN encrypted, and only roles that need it may set or see it', async () => {
    const refused = await api(manager, '/persons', { method: 'POST', body: { achternaam: 'Berg', bsn: '111222333' } });
    expect(refused.status).toBe(403);
    const created = await api(coordinator, '/persons', { method: 'POST', body: { voornaam: 'Jan', tussenvoegsel: 'van der', achternaam: 'Berg', bsn: '111222333' } });
    expect(created.status).toBe(201);
    const person = await json(created);
    residentId = person.id;
    expect(person.displayName).toBe('Jan van der Berg');
    expect(person.bsn).toBe('111222333');

    const [row] = await t.app.get(DataSource).query('SELECT bsn_encrypted::text AS stored FROM person WHERE id = $1', [residentId]);
    expect(row.stored).not.toContain('111222333');

    expect((await json(await api(coordinator, `/persons/${residentId}`))).bsn).toBe('111222333');
    expect((await json(await api(manager, `/persons/${residentId}`))).bsn).toBeUndefined();
  });

  it('rejects a BSN that fails the 11-proef', async () => {
    const response = await api(coordinator, '/persons', { method: 'POST', body: { achternaam: 'Jansen', bsn: '123456789' } });
    expect(response.status).toBe(422);
    const body = await json(response);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'bsn' })]);
    expect(JSON.stringify(body)).not.toContain('123456789');
  });

  it('logs every read of a person’s details for the auditor, and never logs the BSN itself', async () => {
    const events = (await json(await api(auditor, `/audit-events?objectType=person&objectId=${residentId}`))).items;
    expect(events.filter((e: { action: string }) => e.action === 'read').length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(events)).not.toContain('111222333');
  });

  it('links a person to several organisations, each with a function, and lists both ways', async () => {
    const first = await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Installatiebedrijf De Meierij B.V.' } }));
    const second = await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Stichting Welzijn Rosmalen' } }));
    const link = await api(manager, `/organisations/${first.id}/contact-persons`, { method: 'POST', body: { personId: residentId, function: 'Inkoper' } });
    expect(link.status).toBe(201);
    expect(await json(link)).toMatchObject({ personId: residentId, organisationId: first.id, function: 'Inkoper', displayName: 'Jan van der Berg' });
    await api(manager, `/organisations/${second.id}/contact-persons`, { method: 'POST', body: { personId: residentId, function: 'Bestuurslid' } });

    const twice = await api(manager, `/organisations/${first.id}/contact-persons`, { method: 'POST', body: { personId: residentId } });
    expect(twice.status).toBe(409);

    const ofPerson = await json(await api(manager, `/persons/${residentId}/organisations`));
    expect(ofPerson.map((c: { organisationName: string }) => c.organisationName).sort()).toEqual(['Installatiebedrijf De Meierij B.V.', 'Stichting Welzijn Rosmalen']);

    const unlinkWithoutReason = await api(manager, `/organisations/${first.id}/contact-persons/${residentId}`, { method: 'DELETE' });
    expect(unlinkWithoutReason.status).toBe(422);
    const unlinked = await api(manager, `/organisations/${first.id}/contact-persons/${residentId}`, { method: 'DELETE', headers: { 'x-reason': 'Werkt er niet meer' } });
    expect(unlinked.status).toBe(204);
    expect(await json(await api(manager, `/organisations/${first.id}/contact-persons`))).toEqual([]);
  });

  describe('postal address', () => {
    let personId: string;
    const address = { street: 'Hinthamerstraat', houseNumber: '74', houseNumberAddition: 'b', postcode: '5211 mr', city: "'s-Hertogenbosch" };

    it('registers a person with a postal address, normalised as for organisations', async () => {
      const response = await api(manager, '/persons', { method: 'POST', body: { voornaam: 'Fatima', achternaam: 'El Amrani', postalAddress: address } });
      expect(response.status).toBe(201);
      const person = await json(response);
      personId = person.id;
      expect(person.postalAddress).toEqual({ ...address, postcode: '5211MR', country: 'NL' });
      expect((await json(await api(manager, `/persons/${personId}`))).postalAddress.postcode).toBe('5211MR');
    });

    it('finds the person by the city of that address, and lists the city', async () => {
      const page = await json(await api(manager, `/persons?q=${encodeURIComponent('el amrani hertogenbosch')}`));
      expect(page.items).toEqual([expect.objectContaining({ id: personId, city: "'s-Hertogenbosch" })]);
    });

    it('replaces the address as a whole, records old and new in the audit trail, and removes it with null', async () => {
      const moved = await api(manager, `/persons/${personId}`, {
        method: 'PATCH',
        headers: { 'if-match': '"1"' },
        body: { postalAddress: { street: 'Kerkstraat', houseNumber: '3', postcode: '5341 BN', city: 'Oss' }, reason: 'Verhuisd' },
      });
      expect(moved.status).toBe(200);
      expect((await json(moved)).postalAddress).toEqual({ street: 'Kerkstraat', houseNumber: '3', houseNumberAddition: null, postcode: '5341BN', city: 'Oss', country: 'NL' });

      const events = (await json(await api(auditor, `/audit-events?objectType=person&objectId=${personId}`))).items;
      const update = events.find((e: { action: string }) => e.action === 'update');
      expect(update.reason).toBe('Verhuisd');
      expect(update.changes.postalAddress).toMatchObject({ old: { city: "'s-Hertogenbosch" }, new: { city: 'Oss', postcode: '5341BN' } });

      const removed = await api(manager, `/persons/${personId}`, { method: 'PATCH', headers: { 'if-match': '"2"' }, body: { postalAddress: null } });
      expect((await json(removed)).postalAddress).toBeNull();
    });

    it('rejects an invalid Dutch postcode as problem+json naming the field, and writes nothing', async () => {
      const before = await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM person');
      const response = await api(manager, '/persons', {
        method: 'POST',
        body: { achternaam: 'Jansen', postalAddress: { street: 'Markt', houseNumber: '1', postcode: '0123 SS', city: 'Oss' } },
      });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const body = await json(response);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'postalAddress.postcode', code: 'postcode.invalid' })]);
      const after = await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM person');
      expect(after[0].n).toBe(before[0].n);

      const update = await api(manager, `/persons/${personId}`, { method: 'PATCH', headers: { 'if-match': '"3"' }, body: { postalAddress: { postcode: '5211 AB' } } });
      expect(update.status).toBe(422);
      expect((await json(update)).errors).toEqual([expect.objectContaining({ field: 'postalAddress.city', code: 'city.required' })]);
    });
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    expect((await api(manager, '/persons/not-a-uuid')).status).toBe(400);
    expect((await api(manager, '/persons/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
