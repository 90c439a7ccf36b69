import { UnavailableError, ValidationError } from '@gemeente-crm/api-kernel';
import { createFakeKvkServer, FAKE_KVK_API_KEY, type FakeKvkServer } from './fake/fake-kvk-server.js';
import { KvkApiCompanyRegistry, type KvkApiOptions } from './kvk-api-company-registry.js';

/** The adapter against the fake KvK server, over real HTTP. */
describe('KvkApiCompanyRegistry', () => {
  let fake: FakeKvkServer;
  let registry: KvkApiCompanyRegistry;
  const registryWith = (options: Partial<KvkApiOptions> = {}) =>
    new KvkApiCompanyRegistry({ baseUrl: fake.url, apiKey: FAKE_KVK_API_KEY, timeoutMs: 1000, retryBaseDelayMs: 5, ...options });

  beforeAll(async () => {
    fake = createFakeKvkServer();
    await fake.listen();
    registry = registryWith();
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  describe('searching (Zoeken v2)', () => {
    it('asks with KvK parameter names and the apikey header', async () => {
      await registry.search({ name: 'Bossche Bol', city: "'s-Hertogenbosch", page: 1, pageSize: 5 });
      expect(fake.requests).toEqual([
        {
          method: 'GET',
          path: '/api/v2/zoeken',
          query: { naam: 'Bossche Bol', plaats: "'s-Hertogenbosch", pagina: '1', resultatenPerPagina: '5' },
          apikey: FAKE_KVK_API_KEY,
        },
      ]);
    });

    it('finds a company by name: the legal entity and each of its branches', async () => {
      const page = await registry.search({ name: 'bossche bol' });
      expect(page.total).toBe(4);
      expect(page.items.map((hit) => [hit.type, hit.vestigingsnummer, hit.name, hit.city])).toEqual([
        ['legal-entity', null, 'Bakkerij De Bossche Bol B.V.', null],
        ['main-branch', '000019283746', 'Bakkerij De Bossche Bol', "'s-Hertogenbosch"],
        ['branch', '000038475610', 'De Bossche Bol Vughterstraat', "'s-Hertogenbosch"],
        ['branch', '000041992305', 'De Bossche Bol Rosmalen', 'Rosmalen'],
      ]);
      expect(page.items[1]).toEqual({
        kvkNumber: '17284511',
        vestigingsnummer: '000019283746',
        name: 'Bakkerij De Bossche Bol',
        type: 'main-branch',
        street: 'Hinthamerstraat',
        houseNumber: null,
        houseNumberAddition: null,
        postcode: null,
        city: "'s-Hertogenbosch",
        active: true,
      });
    });

    it('finds a company by KvK number and by city', async () => {
      expect((await registry.search({ kvkNumber: '16042287' })).items.map((hit) => hit.name)).toEqual(['Advocatenkantoor Van Rooij & De Wit']);
      const rosmalen = await registry.search({ city: 'Rosmalen', pageSize: 100 });
      expect(rosmalen.total).toBeGreaterThanOrEqual(3);
      expect(new Set(rosmalen.items.map((hit) => hit.city))).toEqual(new Set(['Rosmalen']));
    });

    it('gives house number and postcode when searching by postcode, as KvK does', async () => {
      const page = await registry.search({ postcode: '5211DT', houseNumber: '9' });
      expect(page.items).toEqual([expect.objectContaining({ name: 'Schoonmaakbedrijf Glans & Co B.V.', houseNumber: '9', houseNumberAddition: 'B', postcode: '5211DT' })]);
    });

    it('pages through the results', async () => {
      const first = await registry.search({ city: "'s-Hertogenbosch", page: 1, pageSize: 5 });
      const second = await registry.search({ city: "'s-Hertogenbosch", page: 2, pageSize: 5 });
      expect(first).toMatchObject({ page: 1, pageSize: 5 });
      expect(second).toMatchObject({ page: 2, pageSize: 5, total: first.total });
      expect(first.total).toBeGreaterThan(10);
      expect(second.items.map((hit) => hit.vestigingsnummer)).not.toContain(first.items[0]?.vestigingsnummer);
    });

    it('turns KvK "no results" (404 IPD5200) into an empty page', async () => {
      await expect(registry.search({ name: 'Bestaat Helemaal Niet', page: 1, pageSize: 10 })).resolves.toEqual({ items: [], page: 1, pageSize: 10, total: 0 });
    });

    it('passes on KvK rejecting a question, with its explanation', async () => {
      const attempt = registry.search({ postcode: '5211DT', houseNumber: 'negen' });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ errors: [{ code: 'kvk.query-rejected', message: expect.stringContaining('huisnummer') }] });
    });
  });

  describe('a company profile (Basisprofiel v1)', () => {
    it('maps KvK fields to the profile', async () => {
      expect(await registry.profile('17284511')).toEqual({
        kvkNumber: '17284511',
        vestigingsnummer: '000019283746',
        name: 'Bakkerij De Bossche Bol B.V.',
        statutoryName: 'Bakkerij De Bossche Bol B.V.',
        tradeNames: ['Bakkerij De Bossche Bol', 'Bossche Bollenbakkerij'],
        legalForm: 'bv',
        legalFormDescription: 'Besloten Vennootschap',
        sbiActivities: [
          { code: '1071', description: 'Vervaardiging van brood en vers banketbakkerswerk', main: true },
          { code: '4724', description: 'Winkels in brood en banketbakkerswerk', main: false },
        ],
        visitingAddress: { street: 'Hinthamerstraat', houseNumber: '88', houseNumberAddition: null, postcode: '5211MS', city: "'s-Hertogenbosch", country: 'NL' },
        postalAddress: { street: 'Postbus', houseNumber: '1412', houseNumberAddition: null, postcode: '5200BK', city: "'s-Hertogenbosch", country: 'NL' },
        website: 'www.debosschebol.nl',
        active: true,
      });
      expect(fake.requests.map((request) => request.path)).toEqual(['/api/v1/basisprofielen/17284511']);
    });

    it.each([
      ['69204417', 'vof'],
      ['16042287', 'maatschap'],
      ['17098834', 'cv'],
      ['16075512', 'nv'],
      ['41082333', 'stichting'],
      ['40215678', 'vereniging'],
      ['74650288', 'cooperatie'],
      ['50123498', 'overheid'],
      ['52877613', 'eenmanszaak'],
      ['59906124', 'overig'],
    ])('maps the rechtsvorm of %s to %s', async (kvkNumber, legalForm) => {
      expect((await registry.profile(kvkNumber))?.legalForm).toBe(legalForm);
    });

    it('keeps house letters and additions, leaves shielded addresses out and marks ended registrations', async () => {
      expect((await registry.profile('52877613'))?.visitingAddress).toMatchObject({ houseNumber: '12', houseNumberAddition: 'bis', city: 'Oss' });
      expect((await registry.profile('85526740'))?.visitingAddress).toBeNull();
      expect(await registry.profile('17115529')).toMatchObject({ active: false, name: 'Boekhandel Het Oude Stadhuis' });
    });

    it('returns null for a number KvK does not know', async () => {
      await expect(registry.profile('99999999')).resolves.toBeNull();
    });
  });

  describe('when KvK has trouble', () => {
    it('retries server errors with backoff and succeeds when KvK recovers', async () => {
      fake.failNext(2, 503);
      await expect(registry.profile('17284511')).resolves.toMatchObject({ kvkNumber: '17284511' });
      expect(fake.requests).toHaveLength(3);
    });

    it('honours Retry-After on 429', async () => {
      const waits: number[] = [];
      const patient = registryWith({ sleep: async (ms) => void waits.push(ms) });
      fake.failNext(1, 429, { retryAfterSeconds: 2 });
      await expect(patient.search({ kvkNumber: '17301122' })).resolves.toMatchObject({ total: 2 });
      expect(waits).toEqual([2000]);
    });

    it('backs off exponentially, with jitter, between retries', async () => {
      const waits: number[] = [];
      const counting = registryWith({ retryBaseDelayMs: 100, random: () => 1, sleep: async (ms) => void waits.push(ms) });
      fake.failNext(3, 500);
      await counting.profile('17284511');
      expect(waits).toEqual([100, 200, 400]);
    });

    it('gives up after three retries with a clear message', async () => {
      fake.failNext(4, 500);
      const attempt = registry.profile('17284511');
      await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
      await expect(attempt).rejects.toMatchObject({
        code: 'kvk.unavailable',
        message: 'Het KvK-register is nu niet bereikbaar. Probeer het later opnieuw.',
        cause: expect.stringContaining('IPD9999'),
      });
      expect(fake.requests).toHaveLength(4);
    });

    it('does not keep a user waiting when KvK asks for a long pause', async () => {
      fake.failNext(1, 429, { retryAfterSeconds: 120 });
      await expect(registry.search({ name: 'bol' })).rejects.toMatchObject({ code: 'kvk.unavailable' });
      expect(fake.requests).toHaveLength(1);
    });

    it('stops waiting after the timeout, without retrying', async () => {
      fake.delayResponses(2000);
      const started = Date.now();
      await expect(registryWith({ timeoutMs: 200 }).profile('17284511')).rejects.toMatchObject({ code: 'kvk.unavailable', cause: expect.stringContaining('200 ms') });
      expect(Date.now() - started).toBeLessThan(1500);
      expect(fake.requests).toHaveLength(1);
    });

    it('reports a refused API key without retrying', async () => {
      const attempt = registryWith({ apiKey: 'wrong' }).profile('17284511');
      await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
      await expect(attempt).rejects.toMatchObject({ code: 'kvk.access-denied' });
      expect(fake.requests).toHaveLength(1);
    });

    it('retries when KvK cannot be reached at all, then reports it unavailable', async () => {
      const closed = createFakeKvkServer();
      const url = await closed.listen();
      await closed.close();
      await expect(registryWith({ baseUrl: url }).profile('17284511')).rejects.toMatchObject({ code: 'kvk.unavailable', cause: expect.stringContaining('4 attempts') });
    });

    it('does not mistake a wrong base URL for "not found"', async () => {
      await expect(registryWith({ baseUrl: `${fake.url}/wrong` }).profile('17284511')).rejects.toMatchObject({ code: 'kvk.unavailable' });
      await expect(registryWith({ baseUrl: `${fake.url}/wrong` }).search({ name: 'bol' })).rejects.toMatchObject({ code: 'kvk.unavailable' });
    });
  });
});
