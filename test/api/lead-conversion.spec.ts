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

const DAY = 86_400_000;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

describe('conversion analysis over real leads moved through their stages', () => {
  let t: TestApp;
  let api: Api;
  let admin: string;
  let manager: string;
  let teamLead: string;
  let managerId: string;
  let pipeline: { id: string; stages: { id: string; name: string }[] };

  const stage = (name: string) => pipeline.stages.find((candidate) => candidate.name === name)!.id;

  async function lead(title: string, organisationId: string, sourceCode: string, owner = manager): Promise<string> {
    const response = await api(owner, '/leads', {
      method: 'POST',
      body: { pipelineId: pipeline.id, title, relation: { objectType: 'organisation', objectId: organisationId }, sourceCode, expectedValueCents: 100_000 },
    });
    expect(response.status).toBe(201);
    return (await json(response)).id;
  }

  async function act(id: string, action: string, body: unknown): Promise<void> {
    const current = await api(manager, `/leads/${id}`);
    const response = await api(manager, `/leads/${id}/${action}`, { method: 'POST', body, headers: { 'if-match': current.headers.get('etag')! } });
    expect(response.status).toBe(200);
  }

  beforeAll(async () => {
    t = await startTestApp();
    api = apiOf(t);
    admin = await t.tokenFor('functioneel-beheerder');
    manager = await t.tokenFor('accountmanager');
    teamLead = await t.tokenFor('teamleider');
    managerId = (await json(await api(manager, '/me'))).id;
    const organisation = async (name: string, sbiCodes: string[]) =>
      (await json(await api(manager, '/organisations', { method: 'POST', body: { name, sbiCodes, status: 'prospect' } }))).id as string;
    const trader = await organisation('Groothandel Noord', ['4690']);
    const builder = await organisation('Bouwbedrijf Zuid', ['4120']);
    pipeline = await json(
      await api(admin, '/pipelines', {
        method: 'POST',
        body: {
          name: 'Bedrijfshuisvesting',
          department: 'Economische Zaken',
          stages: [
            { name: 'Nieuw', defaultProbability: 10, requiredFields: [] },
            { name: 'Gesprek', defaultProbability: 30, requiredFields: [] },
            { name: 'Voorstel', defaultProbability: 60, requiredFields: [] },
          ],
        },
      }),
    );
    // Four leads: A won via Gesprek and Voorstel, B lost in Gesprek, C jumped to Voorstel and is open, D stays new (team lead's).
    const a = await lead('A', trader, 'beurs');
    const b = await lead('B', builder, 'website');
    const c = await lead('C', trader, 'beurs');
    await lead('D', builder, 'website', teamLead);
    await act(a, 'move', { stageId: stage('Gesprek') });
    await act(a, 'move', { stageId: stage('Voorstel') });
    await act(a, 'win', { description: 'Kavel op De Brand', valueCents: 250_000 });
    await act(b, 'move', { stageId: stage('Gesprek') });
    await act(b, 'lose', { reasonCode: 'geen-budget' });
    await act(c, 'move', { stageId: stage('Voorstel') });
    // Time passes: A spent 4 days in Nieuw and 2 in Gesprek before the proposal (the history's timestamps are moved back).
    const db = t.app.get(DataSource);
    const history: { id: string; to_stage_id: string }[] = await db.query('SELECT id, to_stage_id FROM lead_stage_change WHERE lead_id = $1 ORDER BY changed_at, id', [a]);
    const now = Date.now();
    const at = [now - 10 * DAY, now - 6 * DAY, now - 4 * DAY];
    for (const [index, row] of history.entries()) await db.query('UPDATE lead_stage_change SET changed_at = $2 WHERE id = $1', [row.id, new Date(at[index]!)]);
    await db.query('UPDATE lead SET created_at = $2, closed_at = $3 WHERE id = $1', [a, new Date(at[0]!), new Date(now - 1 * DAY)]);
  });
  afterAll(() => t.close());

  it('gives the funnel per stage: reached, conversion from the previous stage, open leads and their value', async () => {
    const response = await api(manager, `/lead-conversion?pipelineId=${pipeline.id}`);
    expect(response.status).toBe(200);
    const report = await json(response);
    expect(report).toMatchObject({
      pipelineName: 'Bedrijfshuisvesting',
      leads: 4,
      open: 2,
      won: 1,
      lost: 1,
      wonValueCents: 250_000,
      openValueCents: 200_000,
      overallConversion: 0.25,
      winRate: 0.5,
    });
    expect(report.stages.map((s: { name: string; reached: number; conversionFromPrevious: number | null; open: number }) => [s.name, s.reached, s.conversionFromPrevious, s.open])).toEqual([
      ['Nieuw', 4, null, 1],
      ['Gesprek', 3, 0.75, 0],
      ['Voorstel', 2, 0.6667, 1],
    ]);
  });

  it('averages the time in each stage from the stage history', async () => {
    const report = await json(await api(manager, `/lead-conversion?pipelineId=${pipeline.id}`));
    const voorstel = report.stages.find((s: { name: string }) => s.name === 'Voorstel');
    const nieuw = report.stages.find((s: { name: string }) => s.name === 'Nieuw');
    // Nieuw: A's 4 days and three stays of (almost) no time; Voorstel: A's 3 days until it was won, C's stay of almost none.
    expect(nieuw.averageDaysInStage).toBe(1);
    expect(voorstel.averageDaysInStage).toBe(1.5);
  });

  it('gives win rates by source, owner and sector (SBI section) for the closed leads', async () => {
    const report = await json(await api(manager, `/lead-conversion?pipelineId=${pipeline.id}`));
    expect(report.winRates.source).toEqual([
      { key: 'beurs', label: 'Beurs', won: 1, lost: 0, winRate: 1 },
      { key: 'website', label: 'Website', won: 0, lost: 1, winRate: 0 },
    ]);
    expect(report.winRates.owner).toEqual([expect.objectContaining({ key: managerId, won: 1, lost: 1, winRate: 0.5 })]);
    expect(report.winRates.sector).toEqual([
      { key: 'G', label: 'G Handel', won: 1, lost: 0, winRate: 1 },
      { key: 'F', label: 'F Bouwnijverheid', won: 0, lost: 1, winRate: 0 },
    ]);
  });

  it('filters by period and owner; an empty period gives zeros, not errors', async () => {
    const mine = await json(await api(manager, `/lead-conversion?pipelineId=${pipeline.id}&ownerId=${encodeURIComponent(managerId)}`));
    expect(mine.leads).toBe(3);
    const todayOnly = await json(await api(manager, `/lead-conversion?pipelineId=${pipeline.id}&from=${today}&to=${today}`));
    expect(todayOnly.leads).toBe(3);
    const empty = await json(await api(manager, `/lead-conversion?pipelineId=${pipeline.id}&from=2020-01-01&to=2020-12-31`));
    expect(empty).toMatchObject({ leads: 0, overallConversion: null, winRate: null });
    expect(empty.stages.every((s: { reached: number; averageDaysInStage: number | null }) => s.reached === 0 && s.averageDaysInStage === null)).toBe(true);
  });

  it('refuses bad filters with problem details, and is not for every employee', async () => {
    const bad = await api(manager, `/lead-conversion?pipelineId=${pipeline.id}&from=2026-02-30&to=2026-01-01`);
    expect(bad.status).toBe(422);
    expect((await json(bad)).errors).toEqual([expect.objectContaining({ field: 'from', code: 'date.invalid' })]);
    expect((await api(manager, `/lead-conversion?pipelineId=${pipeline.id}&from=2026-03-01&to=2026-01-01`)).status).toBe(422);
    expect((await api(manager, '/lead-conversion?pipelineId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await api(manager, '/lead-conversion')).status).toBe(422);
    expect((await api(await t.tokenFor('medewerker'), `/lead-conversion?pipelineId=${pipeline.id}`)).status).toBe(403);
    expect((await api(await t.tokenFor('bi-lezer'), `/lead-conversion?pipelineId=${pipeline.id}`)).status).toBe(200);
  });
});
