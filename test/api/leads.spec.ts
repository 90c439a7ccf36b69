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

describe('leads: register, move through the stages, win or lose', () => {
  let t: TestApp;
  let api: Api;
  let admin: string;
  let manager: string;
  let colleague: string;
  let auditor: string;
  let managerId: string;
  let organisationId: string;
  let pipeline: { id: string; stages: { id: string; name: string }[] };

  beforeAll(async () => {
    t = await startTestApp();
    api = apiOf(t);
    admin = await t.tokenFor('functioneel-beheerder');
    manager = await t.tokenFor('accountmanager');
    colleague = await t.tokenFor('medewerker');
    auditor = await t.tokenFor('auditor');
    managerId = (await json(await api(manager, '/me'))).id;
    organisationId = (await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Logistiek Brabant B.V.', status: 'prospect' } }))).id;
    pipeline = await json(
      await api(admin, '/pipelines', {
        method: 'POST',
        body: {
          name: 'Economische Zaken',
          department: 'Economische Zaken',
          stages: [
            { name: 'Nieuw', defaultProbability: 10, requiredFields: [] },
            { name: 'Verkennen', defaultProbability: 25, requiredFields: [] },
            { name: 'Voorstel', defaultProbability: 50, requiredFields: ['expectedValueCents', 'expectedDecisionDate'] },
          ],
        },
      }),
    );
  });
  afterAll(() => t.close());

  const stage = (name: string) => pipeline.stages.find((candidate) => candidate.name === name)!.id;
  const relation = () => ({ objectType: 'organisation', objectId: organisationId });

  let leadId: string;

  it('registers a lead for an existing organisation, owned by its creator, in the first stage with its default probability', async () => {
    const response = await api(manager, '/leads', {
      method: 'POST',
      body: { pipelineId: pipeline.id, title: 'Distributiecentrum De Rietvelden', relation: relation(), sourceCode: 'beurs', nextAction: 'Locatiebezoek' },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const lead = await json(response);
    leadId = lead.id;
    expect(response.headers.get('location')).toBe(`/api/v1/leads/${leadId}`);
    expect(lead).toMatchObject({
      title: 'Distributiecentrum De Rietvelden',
      relation: { objectType: 'organisation', objectId: organisationId, name: 'Logistiek Brabant B.V.' },
      source: { code: 'beurs', label: 'Beurs' },
      owner: { id: managerId },
      stage: { id: stage('Nieuw'), name: 'Nieuw' },
      pipeline: { id: pipeline.id, name: 'Economische Zaken' },
      probability: 10,
      status: 'open',
    });
  });

  it('refuses invalid input field by field, and unknown references, without writing anything', async () => {
    const response = await api(manager, '/leads', {
      method: 'POST',
      body: { pipelineId: pipeline.id, title: 'Kantoor', relation: { objectType: 'organisation', objectId: '00000000-0000-4000-8000-000000000000' }, sourceCode: 'fax', probability: 50 },
    });
    expect(response.status).toBe(422);
    expect((await json(response)).errors.map((error: { field: string; code: string }) => `${error.field}:${error.code}`)).toEqual([
      'relation:relation.not-found',
      'sourceCode:source.unknown',
    ]);
    const money = await api(manager, '/leads', { method: 'POST', body: { pipelineId: pipeline.id, title: 'X', relation: relation(), expectedValueCents: 12.5 } });
    expect(money.status).toBe(422);
    expect((await json(await api(manager, `/leads?organisationId=${organisationId}`))).total).toBe(1);
  });

  it('creates a prospect organisation on the fly through the relations domain', async () => {
    const response = await api(manager, '/leads', {
      method: 'POST',
      body: { pipelineId: pipeline.id, title: 'Start-up zoekt kantoorruimte', newOrganisation: { name: 'Datafabriek Den Bosch' } },
    });
    expect(response.status).toBe(201);
    const lead = await json(response);
    expect(lead.relation.name).toBe('Datafabriek Den Bosch');
    const organisation = await json(await api(manager, `/organisations/${lead.relation.objectId}`));
    expect(organisation.status).toBe('prospect');
  });

  it('refuses a move into a stage whose required fields are empty with 422 stage-requirements-unmet, one error per field', async () => {
    const response = await api(manager, `/leads/${leadId}/move`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { stageId: stage('Voorstel') } });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe('stage-requirements-unmet');
    expect(problem.errors.map((error: { field: string }) => error.field)).toEqual(['expectedValueCents', 'expectedDecisionDate']);
    expect((await json(await api(manager, `/leads/${leadId}`))).version).toBe(1);
  });

  it('moves with the required fields given in the same request, audits from → to and records the stage history', async () => {
    const verkennen = await api(manager, `/leads/${leadId}/move`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { stageId: stage('Verkennen') } });
    expect(verkennen.status).toBe(200);
    expect(await json(verkennen)).toMatchObject({ stage: { name: 'Verkennen' }, probability: 25, version: 2 });

    const stale = await api(manager, `/leads/${leadId}/move`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { stageId: stage('Voorstel') } });
    expect(stale.status).toBe(412);

    const voorstel = await api(manager, `/leads/${leadId}/move`, {
      method: 'POST',
      headers: { 'if-match': '"2"', 'x-reason': 'Offerte gevraagd' },
      body: { stageId: stage('Voorstel'), fields: { expectedValueCents: 125_000_00, expectedDecisionDate: '2026-12-01' } },
    });
    expect(voorstel.status).toBe(200);
    expect(await json(voorstel)).toMatchObject({ stage: { name: 'Voorstel' }, expectedValueCents: 12_500_000, expectedDecisionDate: '2026-12-01', probability: 50 });

    const history = await json(await api(manager, `/leads/${leadId}/stage-history`));
    expect(history.items.map((change: { from: { name: string } | null; to: { name: string } }) => [change.from?.name ?? null, change.to.name])).toEqual([
      [null, 'Nieuw'],
      ['Nieuw', 'Verkennen'],
      ['Verkennen', 'Voorstel'],
    ]);

    const trail = await json(await api(manager, `/leads/${leadId}/history`));
    const move = trail.items.find((event: { reason: string | null }) => event.reason === 'Offerte gevraagd');
    expect(move.changes.stage).toEqual({ old: 'Verkennen', new: 'Voorstel' });
  });

  it('shows the board per stage with card count and total value', async () => {
    const board = await json(await api(colleague, `/pipelines/${pipeline.id}/board`));
    expect(board.columns.map((column: { stage: { name: string }; count: number }) => [column.stage.name, column.count])).toEqual([
      ['Nieuw', 1],
      ['Verkennen', 0],
      ['Voorstel', 1],
    ]);
    expect(board.columns[2].totalValueCents).toBe(12_500_000);
    expect(board.columns[2].leads[0].title).toBe('Distributiecentrum De Rietvelden');
  });

  it('links contact moments to a lead and lists them by lead', async () => {
    const created = await api(manager, '/contact-moments', {
      method: 'POST',
      body: { channel: 'bezoek', direction: 'uitgaand', subject: 'Locatiebezoek De Rietvelden', links: [relation(), { objectType: 'lead', objectId: leadId }] },
    });
    expect(created.status).toBe(201);
    const missing = await api(manager, '/contact-moments', {
      method: 'POST',
      body: { channel: 'bezoek', direction: 'uitgaand', subject: 'X', links: [{ objectType: 'lead', objectId: '00000000-0000-4000-8000-000000000000' }] },
    });
    expect(missing.status).toBe(422);
    const page = await json(await api(manager, `/contact-moments?leadId=${leadId}`));
    expect(page.items.map((moment: { subject: string }) => moment.subject)).toEqual(['Locatiebezoek De Rietvelden']);
    expect(page.items[0].links).toEqual(expect.arrayContaining([{ objectType: 'lead', objectId: leadId, name: 'Distributiecentrum De Rietvelden' }]));
  });

  it('marks a lead won: records what was won and makes the prospect an active customer', async () => {
    const refused = await api(manager, `/leads/${leadId}/win`, { method: 'POST', headers: { 'if-match': '"3"' }, body: { description: ' ' } });
    expect(refused.status).toBe(422);
    const won = await api(manager, `/leads/${leadId}/win`, {
      method: 'POST',
      headers: { 'if-match': '"3"' },
      body: { description: 'Vestiging van 12.000 m² met 80 banen', valueCents: 11_000_000 },
    });
    expect(won.status).toBe(200);
    expect(await json(won)).toMatchObject({ status: 'won', won: { description: 'Vestiging van 12.000 m² met 80 banen', valueCents: 11_000_000 } });
    const organisation = await json(await api(manager, `/organisations/${organisationId}`));
    expect(organisation.status).toBe('actief');
    expect(organisation.relationTypes).toContain('klant');

    const edit = await api(manager, `/leads/${leadId}`, { method: 'PATCH', headers: { 'if-match': '"4"' }, body: { title: 'Anders' } });
    expect(edit.status).toBe(409);
    expect((await json(edit)).code).toBe('lead.closed');
  });

  it('reopens with a reason only, then loses with a reason from the list', async () => {
    expect((await api(colleague, `/leads/${leadId}/reopen`, { method: 'POST', headers: { 'if-match': '"4"' }, body: { reason: 'Fout' } })).status).toBe(403);
    const noReason = await api(manager, `/leads/${leadId}/reopen`, { method: 'POST', headers: { 'if-match': '"4"' }, body: {} });
    expect(noReason.status).toBe(422);
    const reopened = await api(manager, `/leads/${leadId}/reopen`, { method: 'POST', headers: { 'if-match': '"4"' }, body: { reason: 'Klant trekt zich terug' } });
    expect(reopened.status).toBe(200);
    expect(await json(reopened)).toMatchObject({ status: 'open', won: null, stage: { name: 'Voorstel' } });

    const withoutReason = await api(manager, `/leads/${leadId}/lose`, { method: 'POST', headers: { 'if-match': '"5"' }, body: { reasonCode: 'onzin' } });
    expect(withoutReason.status).toBe(422);
    const lost = await api(manager, `/leads/${leadId}/lose`, { method: 'POST', headers: { 'if-match': '"5"' }, body: { reasonCode: 'andere-locatie' } });
    expect(lost.status).toBe(200);
    expect(await json(lost)).toMatchObject({ status: 'lost', lostReason: { code: 'andere-locatie', label: 'Gekozen voor een andere locatie' } });
  });

  it('lists leads with filters, sorting and paging', async () => {
    const lost = await json(await api(manager, `/leads?status=lost&pipelineId=${pipeline.id}`));
    expect(lost.items.map((lead: { id: string }) => lead.id)).toEqual([leadId]);
    const mine = await json(await api(manager, '/leads?owner=me&status=open&sort=title&pageSize=1'));
    expect(mine).toMatchObject({ page: 1, pageSize: 1, total: 1 });
    expect(mine.items[0].title).toBe('Start-up zoekt kantoorruimte');
    expect((await api(manager, '/leads?status=gewonnen')).status).toBe(422);
    expect((await api(auditor, '/leads')).status).toBe(403);
  });

  it('sorts the list by score either way, leads without a score last, and shows each lead’s score', async () => {
    const scored = await json(
      await api(admin, '/pipelines', {
        method: 'POST',
        body: { name: 'Scorelijst', department: 'Economische Zaken', stages: [{ name: 'Nieuw', defaultProbability: 10, requiredFields: [] }] },
      }),
    );
    const create = async (title: string) =>
      (await json(await api(manager, '/leads', { method: 'POST', body: { pipelineId: scored.id, title, relation: relation() } }))).id as string;
    const [low, high, alsoLow, closed] = [await create('Laag'), await create('Hoog'), await create('Ook laag'), await create('Verloren')];
    expect((await api(manager, `/leads/${closed}/lose`, { method: 'POST', headers: { 'if-match': '"1"' }, body: { reasonCode: 'andere-locatie' } })).status).toBe(200);
    // The jobs score the open leads and take the closed one's score away.
    const db = t.app.get(DataSource);
    await eventually(async () => {
      const rows: { lead_id: string }[] = await db.query('SELECT lead_id FROM lead_score WHERE lead_id = ANY($1::uuid[])', [[low, high, alsoLow, closed]]);
      const ids = rows.map((row) => row.lead_id);
      return ids.length === 3 && !ids.includes(closed);
    }, 25_000);
    // Fixed scores, stamped later than any change so no job recomputes them during the test.
    await db.query(
      `UPDATE lead_score SET score = CASE WHEN lead_id = $1 THEN 70 ELSE 20 END, computed_at = now() + interval '1 hour' WHERE lead_id = ANY($2::uuid[])`,
      [high, [low, high, alsoLow]],
    );
    const ties = [low, alsoLow].sort();

    const list = async (query: string) => json(await api(manager, `/leads?pipelineId=${scored.id}&${query}`));
    const highestFirst = await list('sort=-score');
    expect(highestFirst.items.map((lead: { id: string }) => lead.id)).toEqual([high, ...ties, closed]);
    expect(highestFirst.items.map((lead: { score: { value: number } | null }) => lead.score?.value ?? null)).toEqual([70, 20, 20, null]);
    expect(highestFirst.items[0].score).toEqual({ value: 70, modelVersion: 1 });
    const lowestFirst = await list('sort=score');
    expect(lowestFirst.items.map((lead: { id: string }) => lead.id)).toEqual([...ties, high, closed]);
    // Pages follow the same order: no lead is skipped or shown twice.
    const pages = [await list('sort=-score&pageSize=3&page=1'), await list('sort=-score&pageSize=3&page=2')];
    expect(pages.flatMap((page) => page.items.map((lead: { id: string }) => lead.id))).toEqual([high, ...ties, closed]);
    expect((await api(manager, '/leads?sort=punten')).status).toBe(422);
  });
});
