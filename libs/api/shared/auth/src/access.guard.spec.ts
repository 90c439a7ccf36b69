import 'reflect-metadata';
import { Controller, Get, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Actor, ROLES, type Role } from '@gemeente-crm/api-kernel';
import request from 'supertest';
import { AuthModule } from './auth.module.js';
import { CurrentActor } from './current-actor.decorator.js';
import { Public } from './public.decorator.js';
import { Roles } from './roles.decorator.js';
import { isAccessGranted } from './route-access.js';
import { listRouteRoles } from './route-roles.js';
import { TEST_AUDIENCE, TEST_TENANT_ID, TestTokenIssuer } from './testing/test-token-issuer.js';

@Controller('cases')
@Roles('accountmanager', 'teamleider')
class CasesController {
  @Get()
  list(@CurrentActor() actor: Actor) {
    return { actor };
  }

  @Post()
  create() {
    return { created: true };
  }

  @Get('audit')
  @Roles('auditor')
  audit() {
    return { audited: true };
  }

  @Get('open')
  @Public()
  open() {
    return { open: true };
  }
}

@Controller('health')
@Public()
class HealthController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}

/** Nobody said who may call this: it must be closed to everybody. */
@Controller('forgotten')
class ForgottenController {
  @Get()
  forgotten() {
    return { leaked: true };
  }
}

async function startApp(config: { issuer: string; audience: string; jwksUri?: string }): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    {
      module: class TestAppModule {},
      imports: [AuthModule.forRoot(config)],
      controllers: [CasesController, HealthController, ForgottenController],
    },
    new FastifyAdapter(),
    { logger: false },
  );
  app.setGlobalPrefix('api/v1');
  await app.listen(0, '127.0.0.1');
  return app;
}

describe('AccessGuard over HTTP (Nest on Fastify)', () => {
  let issuer: TestTokenIssuer;
  let app: NestFastifyApplication;
  let url: string;
  const tokenFor = (...roles: Role[]) => issuer.token(roles);

  beforeAll(async () => {
    issuer = await TestTokenIssuer.start();
    app = await startApp({ issuer: issuer.issuer, audience: TEST_AUDIENCE });
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  it('lets anybody call a public route', async () => {
    await request(url).get('/api/v1/health').expect(200, { status: 'ok' });
    await request(url).get('/api/v1/cases/open').expect(200, { open: true });
  });

  it('answers 401 with a Bearer challenge when there is no token', async () => {
    const response = await request(url).get('/api/v1/cases').expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body).toMatchObject({ code: 'unauthenticated', title: 'Niet ingelogd' });
    expect(response.body.detail).toContain('Authorization: Bearer');
  });

  it('treats another authorization scheme as no token', async () => {
    const response = await request(url).get('/api/v1/cases').set('authorization', 'Basic YWRtaW46YWRtaW4=').expect(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('answers 401 token-invalid for a token it cannot accept, saying why', async () => {
    const garbage = await request(url).get('/api/v1/cases').set('authorization', 'Bearer not.a.token').expect(401);
    expect(garbage.headers['www-authenticate']).toBe('Bearer error="invalid_token", error_description="malformed"');
    expect(garbage.body).toMatchObject({ code: 'token-invalid', title: 'Niet ingelogd' });

    const now = Math.floor(Date.now() / 1000);
    const expired = await issuer.token(['accountmanager'], { iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
    const response = await request(url).get('/api/v1/cases').auth(expired, { type: 'bearer' }).expect(401);
    expect(response.headers['www-authenticate']).toContain('error_description="expired"');
    expect(response.body).toMatchObject({ code: 'token-invalid', detail: 'Het toegangstoken is verlopen. Log opnieuw in.' });
  });

  it('answers 403 role-not-allowed to a user without one of the declared roles', async () => {
    const response = await request(url).get('/api/v1/cases').auth(await tokenFor('auditor', 'bi-lezer'), { type: 'bearer' }).expect(403);
    expect(response.body).toMatchObject({ code: 'role-not-allowed', title: 'Geen toegang' });
    expect(response.body.detail).toContain('accountmanager, teamleider');
  });

  it('serves a user with one of the roles, and hands the handler the actor', async () => {
    const token = await issuer.token(['teamleider'], { oid: 'c0ffee00-0000-4000-8000-000000000001', name: 'Pieter van den Berg' });
    const response = await request(url).get('/api/v1/cases').auth(token, { type: 'bearer' }).expect(200);
    expect(response.body.actor).toEqual({
      id: `${TEST_TENANT_ID}:c0ffee00-0000-4000-8000-000000000001`,
      displayName: 'Pieter van den Berg',
      roles: ['teamleider'],
    });
  });

  it("lets a method's declaration replace its controller's", async () => {
    await request(url).get('/api/v1/cases/audit').auth(await tokenFor('accountmanager'), { type: 'bearer' }).expect(403);
    await request(url).get('/api/v1/cases/audit').auth(await tokenFor('auditor'), { type: 'bearer' }).expect(200);
  });

  it('closes a route that declares no roles to everybody, authenticated or not', async () => {
    await request(url).get('/api/v1/forgotten').expect(401);
    const response = await request(url).get('/api/v1/forgotten').auth(await tokenFor(...ROLES), { type: 'bearer' }).expect(403);
    expect(response.body).toMatchObject({ code: 'route-roles-undeclared', title: 'Geen toegang' });
  });

  it('lists every route with its access declaration', () => {
    expect(listRouteRoles(app).map(({ method, path, access }) => ({ method, path, access }))).toEqual([
      { method: 'GET', path: '/api/v1/cases', access: { kind: 'roles', roles: ['accountmanager', 'teamleider'] } },
      { method: 'POST', path: '/api/v1/cases', access: { kind: 'roles', roles: ['accountmanager', 'teamleider'] } },
      { method: 'GET', path: '/api/v1/cases/audit', access: { kind: 'roles', roles: ['auditor'] } },
      { method: 'GET', path: '/api/v1/cases/open', access: { kind: 'public' } },
      { method: 'GET', path: '/api/v1/forgotten', access: { kind: 'undeclared' } },
      { method: 'GET', path: '/api/v1/health', access: { kind: 'public' } },
    ]);
  });

  // The shape of the application-wide matrix test: every route × every role, from the listing.
  const routes = () => listRouteRoles(app);
  it.each(ROLES)('gives role %s exactly the routes that declare it', async (role) => {
    const token = await tokenFor(role);
    for (const route of routes()) {
      const expected = isAccessGranted(route.access, { id: 'x', displayName: 'x', roles: [role] }) ? 2 : 4;
      const response = await request(url)[route.method.toLowerCase() as 'get' | 'post'](route.path).auth(token, { type: 'bearer' });
      expect({ route: `${route.method} ${route.path}`, status: Math.floor(response.status / 100) }).toEqual({
        route: `${route.method} ${route.path}`,
        status: expected,
      });
    }
  });
});

describe('AccessGuard when the identity provider is unreachable', () => {
  it('answers 503, so clients keep their tokens instead of logging out', async () => {
    const issuer = await TestTokenIssuer.start();
    const app = await startApp({ issuer: issuer.issuer, audience: TEST_AUDIENCE });
    try {
      const token = await issuer.token(['accountmanager']);
      issuer.available = false;
      const response = await request(await app.getUrl()).get('/api/v1/cases').auth(token, { type: 'bearer' }).expect(503);
      expect(response.body).toMatchObject({ code: 'identity-provider-unavailable' });
      issuer.available = true;
      await request(await app.getUrl()).get('/api/v1/cases').auth(token, { type: 'bearer' }).expect(200);
    } finally {
      await app.close();
      await issuer.close();
    }
  });
});

describe('access declarations', () => {
  it('refuses contradicting declarations on one method', () => {
    expect(() => {
      class Contradiction {
        @Public()
        @Roles('auditor')
        handler() {}
      }
      return Contradiction;
    }).toThrow('Contradiction.handler declares its access twice');
  });

  it('refuses @Roles() without roles', () => {
    expect(() => Roles()).toThrow('at least one role');
  });
});
