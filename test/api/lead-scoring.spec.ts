import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

type Api = (token: string, path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }) => Promise<Response>;

function apiOf(t: TestApp): Api {
  return (token, path, init = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
}

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

const DAY = 86_400_000;

describe('lead scoring: explainable scores, administrator weights, model versions', () => {
  let t: TestApp;
  let api: Api;
  let admin: string;
  let manager: string;
  let leadId: string;
  let weights: Record<string, number>;
  let pipeline: { id: string; stages: { id: string; name: string }[] };

  beforeAll(async () => {
    t = await startTestApp();
    api = apiOf(t);
    admin = await t.tokenFor('functioneel-beheerder');
    manager = await t.tokenFor('accountmanager');
    const organisation = await json(
      await api(manager, '/organisations', {
        method: 'POST',
        body: {
          name: 'Groothandel Den Bosch B.V.',
          legalForm: 'bv',
          sbiCodes: ['4690'],
          visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211 JX', city: "'s-Hertogenbosch" },
          status: 'prospect',
        },
      }),
    );
    pipeline = await json(
      await api(admin, '/pipelines', {
        method: 'POST',
        body: {
          name: 'Bedrijfshuisvesting',
          department: 'Economische Zaken',
          stages: [
            { name: 'Nieuw', defaultProbability: 10, requiredFields: [] },
            { name: 'Gesprek', defaultProbability: 40, requiredFields: [] },
          ],
        },
      }),
    );
    const lead = await json(
      await api(manager, '/leads', {
        method: 'POST',
        body: { pipelineId: pipeline.id, title: 'Nieuw magazijn', relation: { objectType: 'organisation', objectId: organisation.id } },
      }),
    );
    leadId = lead.id;
    for (const daysAgo of [2, 10, 45]) {
      const created = await api(manager, '/contact-moments', {
        method: 'POST',
        body: {
          channel: 'telefoon',
          direction: 'uitgaand',
          subject: 'Zoekprofiel besproken',
          occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
          links: [{ objectType: 'organisation', objectId: organisation.id }],
        },
      });
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('publishes the model: every factor with the data it uses, how it is computed and its weight', async () => {
    const response = await api(manager, '/lead-scoring/model');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"1"');
    const model = await json(response);
    expect(model).toMatchObject({ version: 1, source: 'standaard', targets: { sectors: expect.arrayContaining(['G']), postcodeAreas: ['52'] } });
    expect(model.factors).toHaveLength(10);
    expect(model.factors).toContainEqual(
      expect.objectContaining({ id: 'recentContact', label: 'Recent contact', dataUsed: ['aantal contactmomenten met de relatie in de laatste 30 dagen'], weight: 15 }),
    );
    weights = Object.fromEntries(model.factors.map((factor: { id: string; weight: number }) => [factor.id, factor.weight]));
  });

  it('scores an open lead and explains the score in Dutch, largest contributions first', async () => {
    const response = await api(manager, `/leads/${leadId}/score`);
    expect(response.status).toBe(200);
    const score = await json(response);
    // sector 10 + size (bv) 6 + region 5 + 2 contacts in 30 days 7.5 + 3 in 90 days 3.75 + stage 10% 4.5
    expect(score).toMatchObject({ leadId, score: 37, modelVersion: 1 });
    expect(score.contributions.map((c: { text: string }) => c.text)).toEqual([
      '+10: sector handel (SBI 4690) is een doelsector',
      '+8: 2 contactmomenten in de laatste 30 dagen',
      '+6: rechtsvorm bv',
      '+5: gevestigd in de doelregio (\'s-Hertogenbosch)',
      '+5: fase ‘Nieuw’ (slagingskans 10%)',
      '+4: 3 contactmomenten in de laatste 90 dagen',
    ]);
  });

  it('stores the score of a new or changed lead in the background, within seconds', async () => {
    const db = t.app.get(DataSource);
    const row = await eventually(async () => {
      const [stored] = await db.query('SELECT score, model_version FROM lead_score WHERE lead_id = $1', [leadId]);
      return stored;
    }, 25_000);
    expect(row).toMatchObject({ score: 37, model_version: 1 });
  });

  it('lets only the functional administrator change the weights, with If-Match and a reason, field by field', async () => {
    const body = { weights: { ...weights, recentContact: 30 }, targets: { sectors: ['G'], postcodeAreas: ['52'], cities: [] } };
    expect((await api(manager, '/lead-scoring/model', { method: 'PUT', body, headers: { 'if-match': '"1"' } })).status).toBe(403);
    expect((await api(admin, '/lead-scoring/model', { method: 'PUT', body: { ...body, reason: 'x' } })).status).toBe(428);

    const invalid = await api(admin, '/lead-scoring/model', {
      method: 'PUT',
      body: { weights: { ...weights, sector: 150 }, targets: { sectors: ['Z'], postcodeAreas: [], cities: [] } },
      headers: { 'if-match': '"1"' },
    });
    expect(invalid.status).toBe(422);
    expect((await json(invalid)).errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'weights.sector:weight.out-of-range',
      'targets.sectors.0:sector.unknown',
      'reason:reason.required',
    ]);

    const saved = await api(admin, '/lead-scoring/model', { method: 'PUT', body, headers: { 'if-match': '"1"', 'x-reason': 'Contact weegt zwaarder' } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(await json(saved)).toMatchObject({ version: 2, source: 'beheerder', reason: 'Contact weegt zwaarder' });
    expect((await api(admin, '/lead-scoring/model', { method: 'PUT', body: { ...body, reason: 'nogmaals' }, headers: { 'if-match': '"1"' } })).status).toBe(412);

    const history = await json(await api(admin, '/lead-scoring/model/history'));
    expect(history.items[0]).toMatchObject({ action: 'update', reason: 'Contact weegt zwaarder', changes: { 'weights.recentContact': { old: 15, new: 30 } } });
  });

  it('rescores every open lead with the new version in the background, and stores version and explanation', async () => {
    const db = t.app.get(DataSource);
    const row = await eventually(async () => {
      const [stored] = await db.query('SELECT score, model_version, contributions FROM lead_score WHERE lead_id = $1', [leadId]);
      return stored?.model_version === 2 ? stored : null;
    });
    expect(row.contributions[0]).toMatchObject({ factorId: 'recentContact' });
    expect(await json(await api(manager, `/leads/${leadId}/score`))).toMatchObject({ modelVersion: 2, score: row.score });
  });

  it('rescores a lead right after it moves to another stage, without waiting for the sweep', async () => {
    const db = t.app.get(DataSource);
    const lead = await api(manager, `/leads/${leadId}`);
    const moved = await api(manager, `/leads/${leadId}/move`, {
      method: 'POST',
      body: { stageId: pipeline.stages.find((stage) => stage.name === 'Gesprek')!.id },
      headers: { 'if-match': lead.headers.get('etag')! },
    });
    expect(moved.status).toBe(200);
    const { updatedAt } = await json(moved);
    // The job runs after commit and its workers poll every 2 s; the sweep would take up to 10 s.
    const row = await eventually(async () => {
      const [stored] = await db.query('SELECT computed_at, contributions FROM lead_score WHERE lead_id = $1', [leadId]);
      return stored && stored.computed_at >= new Date(updatedAt) ? stored : null;
    }, 6_000);
    expect(row.contributions.map((c: { explanation: string }) => c.explanation)).toContainEqual(expect.stringContaining('Gesprek'));
  });

  it('proposes learned weights only with enough won and lost leads', async () => {
    const response = await api(admin, '/lead-scoring/model/proposal');
    expect(response.status).toBe(409);
    expect(await json(response)).toMatchObject({ code: 'lead-scoring.too-little-history' });
    expect((await api(manager, '/lead-scoring/model/proposal')).status).toBe(403);
  });

  it('has no score for a closed or unknown lead', async () => {
    const lead = await api(manager, `/leads/${leadId}`);
    const lost = await api(manager, `/leads/${leadId}/lose`, { method: 'POST', body: { reasonCode: 'geen-budget' }, headers: { 'if-match': lead.headers.get('etag')! } });
    expect(lost.status).toBe(200);
    expect(await json(await api(manager, `/leads/${leadId}/score`))).toMatchObject({ status: 404, code: 'lead-score.not-found' });
    expect((await api(manager, '/leads/00000000-0000-4000-8000-000000000000/score')).status).toBe(404);
    // Closing asks for a rescore too, which takes the stored score away.
    const db = t.app.get(DataSource);
    await eventually(async () => (await db.query('SELECT 1 FROM lead_score WHERE lead_id = $1', [leadId])).length === 0, 6_000);
  });
});
