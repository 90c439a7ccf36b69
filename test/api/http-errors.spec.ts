import { json, startTestApp, type TestApp } from '../support/test-app.js';

/** Every mistake a client can make gets application/problem+json with a stable code, never a 500. */
describe('errors as problem+json', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
    token = await t.tokenFor('accountmanager');
  });
  afterAll(() => t.close());

  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${t.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });

  async function expectProblem(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await json(response);
    expect(body).toMatchObject({ status, code, title: expect.any(String), type: expect.stringContaining(code) });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|SELECT|INSERT/);
    return body;
  }

  it('answers an unknown route with 404', async () => {
    await expectProblem(await call('/api/v1/does-not-exist'), 404, 'not-found');
  });

  it('answers malformed JSON with 400', async () => {
    const response = await call('/api/v1/organisations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": ' });
    await expectProblem(response, 400, 'malformed-json');
  });

  it('answers a body over the limit with 413', async () => {
    const response = await call('/api/v1/organisations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(5000) }),
    });
    await expectProblem(response, 413, 'payload-too-large');
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await call('/api/v1/organisations', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a;b' });
    await expectProblem(response, 415, 'unsupported-media-type');
  });

  it('lists every invalid field with 422', async () => {
    const response = await call('/api/v1/organisations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '', kvkNumber: 'abc', unknownField: 1 }),
    });
    const body = await expectProblem(response, 422, 'validation-failed');
    const fields = body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'unknownField']));
  });

  it('answers a missing or bad token with 401 and a WWW-Authenticate challenge', async () => {
    const missing = await fetch(`${t.url}/api/v1/organisations`);
    await expectProblem(missing, 401, 'unauthenticated');
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const bad = await fetch(`${t.url}/api/v1/organisations`, { headers: { authorization: 'Bearer not.a.token' } });
    await expectProblem(bad, 401, 'token-invalid');
  });

  it('answers a role that may not call the route with 403', async () => {
    const response = await fetch(`${t.url}/api/v1/audit-events`, { headers: { authorization: `Bearer ${token}` } });
    await expectProblem(response, 403, 'role-not-allowed');
  });

  it('answers a bad query parameter with 422, not a 500', async () => {
    await expectProblem(await call('/api/v1/organisations?pageSize=100000'), 422, 'validation-failed');
    await expectProblem(await call('/api/v1/organisations?page=abc'), 422, 'validation-failed');
  });

  it('marks every API response with API-Version and the request id', async () => {
    const response = await call('/api/v1/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('api-version')).toBe('1.0.0');
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });
});
