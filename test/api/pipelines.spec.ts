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

const STAGES = [
  { name: 'Nieuw', defaultProbability: 10, requiredFields: [] },
  { name: 'Voorstel', defaultProbability: 50, requiredFields: ['expectedValueCents'] },
];

describe('pipelines, sources and lost reasons (configuration)', () => {
  let t: TestApp;
  let api: Api;
  let admin: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = apiOf(t);
    admin = await t.tokenFor('functioneel-beheerder');
    manager = await t.tokenFor('accountmanager');
  });
  afterAll(() => t.close());

  it('lets a functional administrator define a department pipeline, and nobody else', async () => {
    const refused = await api(manager, '/pipelines', { method: 'POST', body: { name: 'Acquisitie', department: 'Economische Zaken', stages: STAGES } });
    expect(refused.status).toBe(403);

    const response = await api(admin, '/pipelines', { method: 'POST', body: { name: 'Acquisitie', department: 'Economische Zaken', stages: STAGES } });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const pipeline = await json(response);
    expect(pipeline.stages.map((stage: { name: string; position: number }) => [stage.name, stage.position])).toEqual([
      ['Nieuw', 0],
      ['Voorstel', 1],
    ]);
    expect(pipeline.stages[1].requiredFields).toEqual(['expectedValueCents']);

    const duplicate = await api(admin, '/pipelines', { method: 'POST', body: { name: 'acquisitie', department: 'economische zaken', stages: STAGES } });
    expect(duplicate.status).toBe(409);
    expect((await json(duplicate)).code).toBe('pipeline.duplicate');

    const invalid = await api(admin, '/pipelines', {
      method: 'POST',
      body: { name: 'Leeg', department: 'EZ', stages: [{ name: 'A', defaultProbability: 10 }, { name: 'a', defaultProbability: 20 }] },
    });
    expect(invalid.status).toBe(422);
    expect((await json(invalid)).errors.map((error: { field: string }) => error.field)).toEqual(['stages.1.name']);
  });

  it('edits a pipeline in use safely: rename, reorder and add; refuses to remove a stage with leads (409)', async () => {
    const pipeline = await json(
      await api(admin, '/pipelines', { method: 'POST', body: { name: 'Investeringen', department: 'Economische Zaken', stages: STAGES } }),
    );
    const organisation = await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Bouwbedrijf Heijmans' } }));
    const lead = await json(
      await api(manager, '/leads', {
        method: 'POST',
        body: { pipelineId: pipeline.id, title: 'Nieuwe vestiging', relation: { objectType: 'organisation', objectId: organisation.id } },
      }),
    );
    const [nieuw, voorstel] = pipeline.stages;

    const stale = await api(admin, `/pipelines/${pipeline.id}`, { method: 'PUT', headers: { 'if-match': '"0"' }, body: { ...pipeline, id: undefined, version: undefined, createdAt: undefined, updatedAt: undefined } });
    expect([412, 422]).toContain(stale.status);

    const edited = await api(admin, `/pipelines/${pipeline.id}`, {
      method: 'PUT',
      headers: { 'if-match': '"1"', 'x-reason': 'Fasen herzien' },
      body: {
        name: 'Investeringen en vestiging',
        department: 'Economische Zaken',
        stages: [
          { id: voorstel.id, name: 'Offerte', defaultProbability: 60, requiredFields: ['expectedValueCents', 'expectedDecisionDate'] },
          { id: nieuw.id, name: 'Binnengekomen', defaultProbability: 10, requiredFields: [] },
          { name: 'Onderhandeling', defaultProbability: 80, requiredFields: [] },
        ],
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).toBe('"2"');
    const after = await json(edited);
    expect(after.stages.map((stage: { name: string }) => stage.name)).toEqual(['Offerte', 'Binnengekomen', 'Onderhandeling']);
    // The lead stays where it was, under the stage's new name.
    expect((await json(await api(manager, `/leads/${lead.id}`))).stage).toEqual({ id: nieuw.id, name: 'Binnengekomen' });

    const removing = await api(admin, `/pipelines/${pipeline.id}`, {
      method: 'PUT',
      headers: { 'if-match': '"2"' },
      body: { name: after.name, department: after.department, stages: [{ id: voorstel.id, name: 'Offerte', defaultProbability: 60, requiredFields: [] }] },
    });
    expect(removing.status).toBe(409);
    const problem = await json(removing);
    expect(problem.code).toBe('pipeline.stage-in-use');
    expect(problem.detail).toContain('Binnengekomen');

    // A stage without leads can go.
    const removed = await api(admin, `/pipelines/${pipeline.id}`, {
      method: 'PUT',
      headers: { 'if-match': '"2"' },
      body: { name: after.name, department: after.department, stages: after.stages.slice(0, 2).map(({ id, name, defaultProbability, requiredFields }: never) => ({ id, name, defaultProbability, requiredFields })) },
    });
    expect(removed.status).toBe(200);
    expect((await json(removed)).stages).toHaveLength(2);

    const history = await json(await api(admin, `/pipelines/${pipeline.id}/history`));
    expect(history.items.map((event: { action: string }) => event.action)).toEqual(expect.arrayContaining(['create', 'update']));
  });

  it('keeps the source and lost-reason lists: add, rename and deactivate with If-Match', async () => {
    const sources = await json(await api(manager, '/lead-sources'));
    expect(sources.items.map((item: { code: string }) => item.code)).toEqual(expect.arrayContaining(['beurs', 'website', 'doorverwijzing', 'eigen-acquisitie']));

    expect((await api(manager, '/lead-sources', { method: 'POST', body: { label: 'LinkedIn' } })).status).toBe(403);
    const added = await api(admin, '/lead-sources', { method: 'POST', body: { label: 'LinkedIn-campagne' } });
    expect(added.status).toBe(201);
    expect(await json(added)).toMatchObject({ code: 'linkedin-campagne', label: 'LinkedIn-campagne', active: true, version: 1 });
    expect((await api(admin, '/lead-sources', { method: 'POST', body: { label: 'LinkedIn campagne' } })).status).toBe(409);

    const deactivated = await api(admin, '/lead-sources/linkedin-campagne', { method: 'PATCH', headers: { 'if-match': '"1"' }, body: { active: false } });
    expect(deactivated.status).toBe(200);
    expect((await json(await api(manager, '/lead-sources'))).items.map((item: { code: string }) => item.code)).not.toContain('linkedin-campagne');
    expect((await json(await api(admin, '/lead-sources?includeInactive=true'))).items.map((item: { code: string }) => item.code)).toContain('linkedin-campagne');
    expect((await api(admin, '/lead-sources/linkedin-campagne', { method: 'PATCH', headers: { 'if-match': '"1"' }, body: { active: true } })).status).toBe(412);

    const reasons = await json(await api(manager, '/lead-lost-reasons'));
    expect(reasons.items.length).toBeGreaterThan(2);
    const reason = await api(admin, '/lead-lost-reasons', { method: 'POST', body: { label: 'Te hoge grondprijs' } });
    expect(reason.status).toBe(201);
  });
});
