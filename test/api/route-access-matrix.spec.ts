import { listRouteRoles, type RouteRoles } from '@gemeente-crm/api-auth';
import { ROLES, type Role } from '@gemeente-crm/api-kernel';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every route × every role, table-driven from the routes the application actually serves:
 * a role the route declares gets past authorisation (whatever the handler then answers), any
 * other role gets 403, and nobody without a token gets in. A new route without a declaration
 * is refused to everyone, and this test lists it.
 */
describe('who may call which route', () => {
  let t: TestApp;
  let routes: RouteRoles[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await startTestApp();
    routes = listRouteRoles(t.app);
    for (const role of ROLES) tokens.set(role, await t.tokenFor(role));
  });
  afterAll(() => t.close());

  const call = (route: RouteRoles, token?: string) =>
    fetch(`${t.url}${route.path.replace(/:[A-Za-z]+/g, SAMPLE_ID)}`, {
      method: route.method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { 'content-type': 'application/json' } : {}) },
      body: ['POST', 'PUT', 'PATCH'].includes(route.method) ? '{}' : undefined,
    });

  it('has no route without an access declaration', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => route.access.kind === 'undeclared').map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('lets only the declared roles past authorisation, on every route', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const role of ROLES) {
        const status = (await call(route, tokens.get(role))).status;
        const allowed = route.access.kind === 'public' || (route.access.kind === 'roles' && route.access.roles.includes(role));
        if (allowed ? status === 401 || status === 403 : status !== 403) {
          mismatches.push(`${route.method} ${route.path} as ${role}: ${status} (${allowed ? 'allowed' : 'denied'})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses every non-public route without a token', async () => {
    const open: string[] = [];
    for (const route of routes.filter((r) => r.access.kind !== 'public')) {
      const status = (await call(route)).status;
      if (status !== 401) open.push(`${route.method} ${route.path}: ${status}`);
    }
    expect(open).toEqual([]);
  });
});
