import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessTokenError, AccessTokenVerifier } from '@gemeente-crm/api-auth';
import Fastify, { type FastifyInstance } from 'fastify';
import { decodeJwt, decodeProtectedHeader, type JWK } from 'jose';
import { DEMO_TENANT_ID, DEMO_USERS } from './demo-users.js';
import { createLocalIdentityProvider } from './local-identity-provider.js';
import { mintAccessToken } from './mint-access-token.js';
import { mountLocalIdentityProvider } from './mount-local-identity-provider.js';

const AUDIENCE = 'api://gemeente-crm';
const CLIENT_ID = 'gemeente-crm-web';
const SPA_ORIGIN = 'http://localhost:5173';
const REDIRECT_URI = `${SPA_ORIGIN}/auth/callback`;

interface TokenResponse {
  access_token: string;
  id_token: string;
  refresh_token: string;
  token_type: string;
  scope: string;
}

const json = <T>(response: Response): Promise<T> => response.json() as Promise<T>;
const jwksOf = async (url: string) => json<{ keys: (JWK & { kid: string })[] }>(await fetch(url));

/** Just enough of a browser's cookie handling: name, value and path. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const path = attributes.find((attribute) => /^path=/i.test(attribute))?.slice(5) ?? '/';
      const expired = attributes.some((attribute) => /^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) < Date.now());
      const key = `${name};${path}`;
      if (expired || value === '') this.cookies.delete(key);
      else this.cookies.set(key, { value, path });
    }
  }

  headerFor(url: string): string {
    const { pathname } = new URL(url);
    return [...this.cookies]
      .filter(([, cookie]) => pathname === cookie.path || pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`))
      .map(([key, cookie]) => `${key.slice(0, key.indexOf(';'))}=${cookie.value}`)
      .join('; ');
  }
}

/** One user agent: a cookie jar, and redirects reported rather than followed. */
class Browser {
  readonly jar = new CookieJar();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.jar.headerFor(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.jar.store(response);
    return response;
  }

  /** Follows redirects until one leaves `origin` (the client's redirect URI) or a page is served. */
  async follow(response: Response, origin: string): Promise<Response | URL> {
    let current = response;
    let base = current.url;
    while (current.status >= 300 && current.status < 400) {
      const location = new URL(current.headers.get('location')!, base);
      if (location.origin !== origin) return location;
      base = location.href;
      current = await this.request(location.href);
    }
    return current;
  }

  submit(action: string, pageUrl: string, fields: Record<string, string>): Promise<Response> {
    return this.request(new URL(action, pageUrl).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function formAction(html: string): string {
  const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1];
  if (!action) throw new Error(`no login form in ${html}`);
  return action.replaceAll('&#47;', '/');
}

describe('local identity provider, mounted in Fastify, over HTTP', () => {
  let directory: string;
  let keyFile: string;
  let server: Server;
  let fastify: FastifyInstance;
  let origin: string;
  let issuer: string;
  let verifier: AccessTokenVerifier;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'gemeente-crm-oidc-'));
    keyFile = join(directory, 'data', 'oidc-signing-key.json');
    // The issuer must name the port, so the server listens before the provider is created.
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    issuer = `${origin}/oidc`;

    fastify = Fastify({
      serverFactory: (handler) => server.on('request', handler),
    });
    // A parser on the root that consumes form bodies, as an application's may: the mounted
    // provider must still get its request bodies.
    fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    fastify.get('/api/ping', async () => ({ pong: true }));

    const provider = await createLocalIdentityProvider({
      issuer,
      audience: AUDIENCE,
      keyFile,
      clients: [{ clientId: CLIENT_ID, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [`${SPA_ORIGIN}/`] }],
    });
    mountLocalIdentityProvider(fastify, provider, '/oidc');
    await fastify.ready();
    verifier = new AccessTokenVerifier({ issuer, audience: AUDIENCE });
  });

  afterAll(async () => {
    await fastify.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(directory, { recursive: true, force: true });
  });

  it('publishes its OpenID configuration under the mount path', async () => {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const configuration = await json<Record<string, unknown>>(response);
    expect(configuration).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/session/end`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
    });
    expect(configuration.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token']));
    expect(configuration.claims_supported).toEqual(expect.arrayContaining(['tid', 'oid', 'roles', 'name', 'preferred_username']));
  });

  it('publishes the public half of the key in the key file, which only its owner can read', async () => {
    const { keys } = await jwksOf(`${issuer}/jwks`);
    const stored = (JSON.parse(await readFile(keyFile, 'utf8')) as { keys: JWK[] }).keys;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: stored[0]!.kid });
    expect(keys[0]).not.toHaveProperty('d');
    expect(stored[0]).toHaveProperty('d');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
  });

  it('keeps serving the rest of the server', async () => {
    expect(await json(await fetch(`${origin}/api/ping`))).toEqual({ pong: true });
  });

  async function authorize(browser: Browser, challenge: string, extra: Record<string, string> = {}): Promise<Response> {
    const query = new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile offline_access api',
      state: 'state-123',
      nonce: 'nonce-456',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...extra,
    });
    return browser.request(`${issuer}/auth?${query}`);
  }

  function redeem(body: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ client_id: CLIENT_ID, ...body }),
    });
  }

  /** Runs the browser part of the flow up to the login page. */
  async function openLoginPage(browser: Browser, challenge: string): Promise<{ page: Response; html: string }> {
    const page = await browser.follow(await authorize(browser, challenge), origin);
    if (page instanceof URL) throw new Error(`expected the login page, was sent to ${page.href}`);
    return { page, html: await page.text() };
  }

  it('runs the authorization code flow with PKCE and issues tokens the API accepts', async () => {
    const browser = new Browser();
    const pkce = pkcePair();

    const { page, html } = await openLoginPage(browser, pkce.challenge);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Inloggen bij Gemeente CRM');
    expect(html).toMatch(/<label for="username">Gebruikersnaam<\/label>/);
    expect(html).toMatch(/<label for="password">Wachtwoord<\/label>/);
    expect(html).toContain('<button type="submit">Inloggen</button>');
    expect(html).toContain('Anna de Vries');

    const loggedIn = await browser.submit(formAction(html), page.url, { username: 'accountmanager', password: 'demo' });
    expect(loggedIn.status).toBe(303);
    const callback = await browser.follow(loggedIn, origin);
    if (!(callback instanceof URL)) throw new Error(`expected a redirect to the client, got ${callback.status}: ${await callback.text()}`);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe('state-123');
    const code = callback.searchParams.get('code')!;
    expect(code).toBeTruthy();

    const tokenResponse = await redeem(
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: pkce.verifier },
      { origin: SPA_ORIGIN },
    );
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('access-control-allow-origin')).toBe(SPA_ORIGIN);
    const tokens = await json<TokenResponse>(tokenResponse);
    expect(tokens).toMatchObject({ token_type: 'Bearer', scope: expect.stringContaining('api') });
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const anna = DEMO_USERS.find((user) => user.login === 'accountmanager')!;
    await expect(verifier.verify(tokens.access_token)).resolves.toEqual({
      id: `${DEMO_TENANT_ID}:${anna.oid}`,
      displayName: 'Anna de Vries',
      roles: ['accountmanager'],
    });
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      iss: issuer,
      aud: AUDIENCE,
      tid: DEMO_TENANT_ID,
      oid: anna.oid,
      preferred_username: 'accountmanager@gemeente.example',
    });
    expect(decodeJwt(tokens.id_token)).toMatchObject({
      iss: issuer,
      aud: CLIENT_ID,
      nonce: 'nonce-456',
      name: 'Anna de Vries',
      preferred_username: 'accountmanager@gemeente.example',
      roles: ['accountmanager'],
      tid: DEMO_TENANT_ID,
      oid: anna.oid,
    });

    // The SPA renews silently; refresh tokens rotate, so the old one is spent.
    const refreshed = await redeem({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.status).toBe(200);
    const renewed = await json<TokenResponse>(refreshed);
    expect(renewed.refresh_token).not.toBe(tokens.refresh_token);
    expect((await verifier.verify(renewed.access_token)).roles).toEqual(['accountmanager']);
    const replayed = await redeem({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(replayed.status).toBe(400);
    expect((await json<{ error: string }>(replayed)).error).toBe('invalid_grant');

    // A second login in the same session skips the form.
    const again = await browser.follow(await authorize(browser, pkcePair().challenge), origin);
    expect(again).toBeInstanceOf(URL);
    expect((again as URL).searchParams.get('code')).toBeTruthy();
  });

  it('gives each demo user their own role', async () => {
    const browser = new Browser();
    const pkce = pkcePair();
    const { page, html } = await openLoginPage(browser, pkce.challenge);
    const callback = await browser.follow(await browser.submit(formAction(html), page.url, { username: 'Functioneel-Beheerder', password: 'demo' }), origin);
    const code = (callback as URL).searchParams.get('code')!;
    const tokens = await json<TokenResponse>(await redeem({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: pkce.verifier }));
    await expect(verifier.verify(tokens.access_token)).resolves.toMatchObject({ displayName: 'Sanne Bakker', roles: ['functioneel-beheerder'] });
  });

  it('refuses a wrong password with a Dutch message, and keeps the user name', async () => {
    const browser = new Browser();
    const { page, html } = await openLoginPage(browser, pkcePair().challenge);
    const response = await browser.submit(formAction(html), page.url, { username: 'auditor', password: 'geheim' });
    expect(response.status).toBe(200);
    const retry = await response.text();
    expect(retry).toContain('<p class="alert" role="alert" id="login-error">Onbekende gebruikersnaam of wachtwoord</p>');
    expect(retry).toContain('value="auditor"');
    expect(retry).toContain('aria-invalid="true"');
  });

  it('returns access_denied to the client when the user cancels', async () => {
    const browser = new Browser();
    const { page, html } = await openLoginPage(browser, pkcePair().challenge);
    const abortAction = /<form id="abort-login" method="post" action="([^"]+)">/.exec(html)![1]!.replaceAll('&#47;', '/');
    const callback = await browser.follow(await browser.submit(abortAction, page.url, {}), origin);
    expect(callback).toBeInstanceOf(URL);
    expect((callback as URL).searchParams.get('error')).toBe('access_denied');
  });

  it('requires PKCE', async () => {
    const browser = new Browser();
    const query = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid api', state: 's' });
    const callback = await browser.follow(await browser.request(`${issuer}/auth?${query}`), origin);
    expect(callback).toBeInstanceOf(URL);
    expect((callback as URL).searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses a code redeemed with the wrong verifier', async () => {
    const browser = new Browser();
    const pkce = pkcePair();
    const { page, html } = await openLoginPage(browser, pkce.challenge);
    const callback = await browser.follow(await browser.submit(formAction(html), page.url, { username: 'medewerker', password: 'demo' }), origin);
    const code = (callback as URL).searchParams.get('code')!;
    const response = await redeem({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: pkcePair().verifier });
    expect(response.status).toBe(400);
    expect((await json<{ error: string }>(response)).error).toBe('invalid_grant');
  });

  it('explains in Dutch when a login attempt no longer exists', async () => {
    const response = await fetch(`${issuer}/interaction/unknown-attempt`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Deze inlogpoging is verlopen');
  });

  it('shows a Dutch error page for an unknown client', async () => {
    const response = await fetch(`${issuer}/auth?client_id=intruder&response_type=code&scope=openid`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Er ging iets mis bij het inloggen');
    expect(html).toContain('invalid_client');
  });

  it('mints tokens with the same key and claims, accepted by the API', async () => {
    const token = await mintAccessToken({ keyFile, issuer, audience: AUDIENCE, login: 'klachtcoordinator' });
    const { kid } = decodeProtectedHeader(token);
    const published = (await jwksOf(`${issuer}/jwks`)).keys[0]!.kid;
    expect(kid).toBe(published);
    const actor = await verifier.verify(token);
    expect(actor).toEqual({
      id: `${DEMO_TENANT_ID}:${DEMO_USERS.find((user) => user.login === 'klachtcoordinator')!.oid}`,
      displayName: 'Fatima el Amrani',
      roles: ['klachtcoordinator'],
    });
    expect(decodeJwt(token)).toMatchObject({ scope: 'api', preferred_username: 'klachtcoordinator@gemeente.example' });

    const shortLived = decodeJwt(await mintAccessToken({ keyFile, issuer, audience: AUDIENCE, login: 'auditor', lifetimeSeconds: 60 }));
    expect(shortLived.exp! - shortLived.iat!).toBe(60);
    await expect(mintAccessToken({ keyFile, issuer, audience: AUDIENCE, login: 'nobody' })).rejects.toThrow('Unknown demo user "nobody"');
  });

  it('mints tokens the API refuses when they are meant for another audience', async () => {
    const token = await mintAccessToken({ keyFile, issuer, audience: 'api://something-else', login: 'auditor' });
    await expect(verifier.verify(token)).rejects.toEqual(expect.any(AccessTokenError));
  });

  it('reuses the key file on restart, so earlier tokens stay valid', async () => {
    const before = (await jwksOf(`${issuer}/jwks`)).keys[0]!.kid;
    const restarted = await createLocalIdentityProvider({ issuer, audience: AUDIENCE, keyFile, clients: [] });
    const other = Fastify();
    mountLocalIdentityProvider(other, restarted);
    try {
      const response = await other.inject({ method: 'GET', url: '/oidc/jwks' });
      expect(response.json().keys[0].kid).toBe(before);
    } finally {
      await other.close();
    }
  });
});
