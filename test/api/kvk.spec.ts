import { createFakeKvkServer, FAKE_KVK_API_KEY, FakeKvkCompanyRegistry, type FakeKvkServer } from '@gemeente-crm/integrations-kvk';
import { CompanyRegistry } from '@gemeente-crm/relations-core';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

type Init = { method?: string; body?: unknown; headers?: Record<string, string> };

function apiOf(t: TestApp) {
  return (token: string, path: string, init: Init = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
}

/**
 * KvK look-up (R12) end to end: the API over real HTTP with real tokens, its KvK adapter
 * talking real HTTP to the fake KvK server, which the tests make fail or slow down.
 */
describe('KvK look-up', () => {
  let fake: FakeKvkServer;
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;
  let medewerker: string;
  let coordinator: string;
  let auditor: string;

  beforeAll(async () => {
    fake = createFakeKvkServer();
    await fake.listen();
    t = await startTestApp({ KVK_ADAPTER: 'kvk-api', KVK_BASE_URL: fake.url, KVK_API_KEY: FAKE_KVK_API_KEY, KVK_TIMEOUT_MS: '500' });
    api = apiOf(t);
    medewerker = await t.tokenFor('medewerker');
    coordinator = await t.tokenFor('klachtcoordinator');
    auditor = await t.tokenFor('auditor');
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  describe('searching the Handelsregister', () => {
    it('finds companies by name, KvK number and city', async () => {
      const byName = await api(medewerker, '/kvk/companies?name=glans');
      expect(byName.status).toBe(200);
      expect(await json(byName)).toMatchObject({
        total: 2,
        page: 1,
        pageSize: 25,
        items: [
          { kvkNumber: '66018852', type: 'legal-entity', name: 'Schoonmaakbedrijf Glans & Co B.V.' },
          { kvkNumber: '66018852', type: 'main-branch', vestigingsnummer: '000035987106', street: 'Kruisstraat', city: "'s-Hertogenbosch" },
        ],
      });
      const byNumber = await json(await api(medewerker, '/kvk/companies?kvkNumber=1709%208834'));
      expect(byNumber.items.map((hit: { name: string }) => hit.name)).toEqual(['Transportbedrijf Van Gerwen C.V.', 'Van Gerwen Warehousing']);
      const byCity = await json(await api(coordinator, '/kvk/companies?city=Vught'));
      expect(byCity.items).toEqual([expect.objectContaining({ name: 'Tweewielers Van der Heijden', city: 'Vught' })]);
      expect(fake.requests.map((request) => request.query)).toEqual([
        { naam: 'glans', pagina: '1', resultatenPerPagina: '25' },
        { kvkNummer: '17098834', pagina: '1', resultatenPerPagina: '25' },
        { plaats: 'Vught', pagina: '1', resultatenPerPagina: '25' },
      ]);
    });

    it('answers an empty page when KvK finds nothing', async () => {
      const page = await json(await api(medewerker, '/kvk/companies?name=bestaat%20niet'));
      expect(page).toEqual({ items: [], page: 1, pageSize: 25, total: 0 });
    });

    it('refuses a search without criteria or with a malformed KvK number, without asking KvK', async () => {
      const empty = await api(medewerker, '/kvk/companies?page=2');
      expect(empty.status).toBe(422);
      expect((await json(empty)).errors).toEqual([expect.objectContaining({ code: 'kvk-query.empty' })]);
      const malformed = await api(medewerker, '/kvk/companies?kvkNumber=123');
      expect((await json(malformed)).errors).toEqual([expect.objectContaining({ field: 'kvkNumber', code: 'kvk-number.invalid' })]);
      expect(fake.requests).toEqual([]);
    });

    it('is for staff who read relations only', async () => {
      expect((await api(auditor, '/kvk/companies?name=glans')).status).toBe(403);
      expect((await fetch(`${t.url}/api/v1/kvk/companies?name=glans`)).status).toBe(401);
    });
  });

  describe('prefilling a new organisation', () => {
    it('gives the profile with organisation fields a new organisation can be created from', async () => {
      const response = await api(medewerker, '/kvk/companies/17284511');
      expect(response.status).toBe(200);
      const company = await json(response);
      expect(company).toMatchObject({
        kvkNumber: '17284511',
        legalFormDescription: 'Besloten Vennootschap',
        tradeNames: ['Bakkerij De Bossche Bol', 'Bossche Bollenbakkerij'],
        sbiActivities: [{ code: '1071', main: true }, { code: '4724', main: false }],
        organisation: {
          name: 'Bakkerij De Bossche Bol B.V.',
          kvkNumber: '17284511',
          vestigingsnummer: '000019283746',
          legalForm: 'bv',
          sbiCodes: ['1071', '4724'],
          visitingAddress: { street: 'Hinthamerstraat', houseNumber: '88', postcode: '5211MS', city: "'s-Hertogenbosch", country: 'NL' },
          postalAddress: { street: 'Postbus', houseNumber: '1412', postcode: '5200BK' },
          website: 'https://www.debosschebol.nl',
        },
      });
      const created = await api(medewerker, '/organisations', { method: 'POST', body: { ...company.organisation, reason: 'Uit KvK' } });
      expect(created.status).toBe(201);
      expect(await json(created)).toMatchObject(company.organisation);
    });

    it('says so when KvK does not know the number', async () => {
      const response = await api(medewerker, '/kvk/companies/99999999');
      expect(response.status).toBe(404);
      expect(await json(response)).toMatchObject({ code: 'kvk.company-not-found', detail: 'KvK-nummer 99999999 staat niet in het Handelsregister.' });
    });
  });

  describe('bringing an organisation in line with KvK', () => {
    let id: string;

    beforeAll(async () => {
      const response = await api(medewerker, '/organisations', {
        method: 'POST',
        body: {
          name: 'Jheronimus Installatie',
          kvkNumber: '17301122',
          phone: '073 612 0000',
          visitingAddress: { street: 'De Rietvelden', houseNumber: '12', postcode: '5222 AP', city: "'s-Hertogenbosch" },
          tags: ['installatie'],
        },
      });
      id = (await json(response)).id;
    });

    it('shows the differences and the version they were compared on', async () => {
      const response = await api(coordinator, `/organisations/${id}/kvk-differences`);
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe('"1"');
      const body = await json(response);
      expect(body).toMatchObject({ organisationId: id, version: 1, kvkNumber: '17301122', company: { name: 'Jheronimus Installatietechniek B.V.' } });
      expect(body.differences.map((difference: { field: string }) => difference.field)).toEqual([
        'name',
        'legalForm',
        'sbiCodes',
        'vestigingsnummer',
        'visitingAddress',
        'postalAddress',
        'website',
      ]);
      expect(body.differences[0]).toEqual({ field: 'name', current: 'Jheronimus Installatie', fromKvk: 'Jheronimus Installatietechniek B.V.' });
    });

    it('needs If-Match, a known field list and the editor role', async () => {
      expect((await api(medewerker, `/organisations/${id}/kvk-update`, { method: 'POST', body: { fields: ['name'] } })).status).toBe(428);
      const unknown = await api(medewerker, `/organisations/${id}/kvk-update`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { fields: ['phone'] } });
      expect(unknown.status).toBe(422);
      const forbidden = await api(coordinator, `/organisations/${id}/kvk-update`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { fields: ['name'] } });
      expect(forbidden.status).toBe(403);
    });

    it('applies the chosen differences only, audited with the KvK reason', async () => {
      const response = await api(medewerker, `/organisations/${id}/kvk-update`, {
        method: 'POST',
        headers: { 'if-match': '"1"' },
        body: { fields: ['name', 'visitingAddress', 'legalForm'] },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe('"2"');
      expect(await json(response)).toMatchObject({
        name: 'Jheronimus Installatietechniek B.V.',
        legalForm: 'bv',
        visitingAddress: { street: 'De Rietvelden', houseNumber: '14', postcode: '5222AP' },
        phone: '073 612 0000',
        website: null,
        tags: ['installatie'],
        version: 2,
      });
      const history = await json(await api(medewerker, `/organisations/${id}/history`));
      expect(history.items[0]).toMatchObject({ action: 'update', reason: 'KvK-gegevens bijgewerkt' });
      expect(Object.keys(history.items[0].changes).sort()).toEqual(['legalForm', 'name', 'visitingAddress']);
      const remaining = await json(await api(medewerker, `/organisations/${id}/kvk-differences`));
      expect(remaining.differences.map((difference: { field: string }) => difference.field)).toEqual(['sbiCodes', 'vestigingsnummer', 'postalAddress', 'website']);
    });

    it('refuses a stale version and changes nothing', async () => {
      const response = await api(medewerker, `/organisations/${id}/kvk-update`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { fields: ['website'] } });
      expect(response.status).toBe(412);
      expect((await json(await api(medewerker, `/organisations/${id}`))).website).toBeNull();
    });

    it('keeps a reason the user gives', async () => {
      const response = await api(medewerker, `/organisations/${id}/kvk-update`, {
        method: 'POST',
        headers: { 'if-match': '"2"' },
        body: { fields: ['website', 'sbiCodes'], reason: 'Gecontroleerd bij jaarlijkse opschoning' },
      });
      expect(response.status).toBe(200);
      const history = await json(await api(medewerker, `/organisations/${id}/history`));
      expect(history.items[0]).toMatchObject({ reason: 'Gecontroleerd bij jaarlijkse opschoning' });
    });

    it('explains that an organisation without KvK number cannot be compared', async () => {
      const created = await json(await api(medewerker, '/organisations', { method: 'POST', body: { name: 'Buurtvereniging Zonder Nummer' } }));
      const response = await api(medewerker, `/organisations/${created.id}/kvk-differences`);
      expect(response.status).toBe(409);
      expect((await json(response)).code).toBe('organisation.no-kvk-number');
    });
  });

  describe('when KvK has trouble', () => {
    it('rides out a short outage with retries', async () => {
      fake.failNext(2, 503);
      const response = await api(medewerker, '/kvk/companies/17301122');
      expect(response.status).toBe(200);
      expect(fake.requests).toHaveLength(3);
    });

    it('answers 503 with a clear Dutch message when KvK keeps failing', async () => {
      fake.failNext(4, 500);
      const response = await api(medewerker, '/kvk/companies?name=glans');
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await json(response)).toMatchObject({
        status: 503,
        code: 'kvk.unavailable',
        detail: 'Het KvK-register is nu niet bereikbaar. Probeer het later opnieuw.',
      });
      expect(fake.requests).toHaveLength(4);
    });

    it('stops waiting for a slow KvK after the configured timeout', async () => {
      fake.delayResponses(3000);
      const started = Date.now();
      const response = await api(medewerker, '/kvk/companies/17301122');
      expect(response.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(2500);
    });
  });
});

describe('KvK look-up in demo mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  it('runs the fake KvK register in-process and talks to it over HTTP', async () => {
    const registry = t.app.get(CompanyRegistry, { strict: false });
    expect(registry).toBeInstanceOf(FakeKvkCompanyRegistry);
    const api = apiOf(t);
    const page = await json(await api(await t.tokenFor('accountmanager'), '/kvk/companies?city=Oss'));
    expect(page.items.map((hit: { name: string }) => hit.name)).toEqual(expect.arrayContaining(['Gemeenschappelijke Regeling Afvalbeheer Maaskant', 'Schildersbedrijf Maasland']));
  });

  it('stops the fake register with the application', async () => {
    const { baseUrl } = t.app.get(CompanyRegistry, { strict: false }) as FakeKvkCompanyRegistry;
    await t.close();
    await expect(fetch(`${baseUrl}/v1/basisprofielen/17284511`)).rejects.toThrow();
  });
});
