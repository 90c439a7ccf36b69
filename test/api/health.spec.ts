import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await fetch(`${t.url}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ status: 'ok', checks: { database: 'up', migrations: 'up-to-date' } });
  });

  it('is not ready while a migration is pending', async () => {
    await t.app.get(DataSource).query(`DELETE FROM schema_migration WHERE id = (SELECT max(id) FROM schema_migration)`);
    const response = await fetch(`${t.url}/api/v1/health`);
    expect(response.status).toBe(503);
    expect(await json(response)).toMatchObject({ status: 'unavailable', checks: { migrations: 'pending' } });
  });

  it('serves the OpenAPI document and Swagger UI without a token', async () => {
    const spec = await fetch(`${t.url}/api/v1/openapi.json`);
    expect(spec.status).toBe(200);
    expect((await json(spec)).openapi).toMatch(/^3\./);
    expect((await fetch(`${t.url}/api/docs`)).status).toBe(200);
  });
});
