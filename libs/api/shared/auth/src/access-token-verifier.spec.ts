import { AccessTokenError, type AccessTokenErrorReason } from './access-token-error.js';
import { AccessTokenVerifier } from './access-token-verifier.js';
import { TEST_AUDIENCE, TEST_TENANT_ID, TestTokenIssuer } from './testing/test-token-issuer.js';

describe('AccessTokenVerifier', () => {
  let issuer: TestTokenIssuer;
  let verifier: AccessTokenVerifier;

  beforeAll(async () => {
    issuer = await TestTokenIssuer.start();
    verifier = new AccessTokenVerifier({ issuer: issuer.issuer, audience: TEST_AUDIENCE });
  });

  afterAll(() => issuer.close());

  async function rejection(token: string, using = verifier): Promise<AccessTokenErrorReason> {
    const error: unknown = await using.verify(token).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof AccessTokenError)) throw new Error(`expected an AccessTokenError, got ${String(error)}`);
    return error.reason;
  }

  it('identifies the user by tenant and object id, with their name and known roles', async () => {
    const token = await issuer.token(['accountmanager', 'auditor', 'Global.Admin', 'accountmanager'], {
      oid: '11111111-2222-3333-4444-555555555555',
    });

    await expect(verifier.verify(token)).resolves.toEqual({
      id: `${TEST_TENANT_ID}:11111111-2222-3333-4444-555555555555`,
      displayName: 'Anna de Vries',
      roles: ['accountmanager', 'auditor'],
    });
  });

  it('falls back to preferred_username and then the object id for the display name', async () => {
    const withUsername = await issuer.token([], { name: undefined });
    expect((await verifier.verify(withUsername)).displayName).toBe('anna@gemeente.example');

    const bare = await issuer.token([], { name: undefined, preferred_username: undefined, oid: 'abc', roles: undefined });
    await expect(verifier.verify(bare)).resolves.toEqual({ id: `${TEST_TENANT_ID}:abc`, displayName: 'abc', roles: [] });
  });

  it('found the keys through OpenID discovery', () => {
    expect(issuer.requests).toEqual(['/tenant/.well-known/openid-configuration', '/tenant/keys']);
  });

  it('rejects an expired token, allowing for clock skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verifier.verify(await issuer.token(['auditor'], { iat: now - 700, nbf: now - 700, exp: now - 30 }))).resolves.toBeDefined();
    expect(await rejection(await issuer.token(['auditor'], { iat: now - 700, nbf: now - 700, exp: now - 120 }))).toBe('expired');
  });

  it('rejects a token that is not valid yet', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await rejection(await issuer.token([], { nbf: now + 300, exp: now + 900 }))).toBe('not-yet-valid');
  });

  it('rejects a token without an expiry', async () => {
    expect(await rejection(await issuer.token([], { exp: undefined }))).toBe('missing-claim');
  });

  it('rejects a token for another audience', async () => {
    expect(await rejection(await issuer.token([], { aud: 'api://another-app' }))).toBe('wrong-audience');
  });

  it('rejects a token from another issuer, even when signed with a trusted key', async () => {
    expect(await rejection(await issuer.token([], { iss: 'https://login.microsoftonline.com/other/v2.0' }))).toBe('wrong-issuer');
  });

  it('rejects a token whose claims were altered after signing', async () => {
    const [header, , signature] = (await issuer.token(['medewerker'])).split('.');
    const forgedClaims = Buffer.from(JSON.stringify(issuer.claims(['functioneel-beheerder']))).toString('base64url');
    expect(await rejection(`${header}.${forgedClaims}.${signature}`)).toBe('bad-signature');
  });

  it('rejects a token signed with a key the issuer does not publish', async () => {
    const claims = issuer.claims(['functioneel-beheerder']);
    expect(await rejection(await issuer.sign(claims, { key: 'foreign' }))).toBe('unknown-key');
    // Copying the key id of a published key does not help: the signature does not match it.
    const trustedKid = JSON.parse(Buffer.from((await issuer.token()).split('.')[0]!, 'base64url').toString()).kid as string;
    expect(await rejection(await issuer.sign(claims, { key: 'foreign', kid: trustedKid }))).toBe('bad-signature');
  });

  it('rejects tokens without tid or oid', async () => {
    expect(await rejection(await issuer.token([], { oid: undefined }))).toBe('missing-claim');
    expect(await rejection(await issuer.token([], { tid: undefined }))).toBe('missing-claim');
    expect(await rejection(await issuer.token([], { oid: 42 }))).toBe('missing-claim');
  });

  it('rejects a roles claim that is not an array', async () => {
    expect(await rejection(await issuer.token([], { roles: 'functioneel-beheerder' }))).toBe('invalid-claim');
  });

  it('rejects unsigned, symmetric and malformed tokens', async () => {
    const claims = Buffer.from(JSON.stringify(issuer.claims())).toString('base64url');
    const header = (alg: string) => Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
    expect(await rejection(`${header('none')}.${claims}.`)).toBe('algorithm-not-allowed');
    expect(await rejection(`${header('HS256')}.${claims}.c2lnbmF0dXJl`)).toBe('algorithm-not-allowed');
    expect(await rejection('not-a-jwt')).toBe('malformed');
  });

  it('uses a configured JWKS location without discovery', async () => {
    const direct = new AccessTokenVerifier({ issuer: issuer.issuer, audience: TEST_AUDIENCE, jwksUri: issuer.jwksUri });
    issuer.requests.length = 0;
    await expect(direct.verify(await issuer.token())).resolves.toBeDefined();
    expect(issuer.requests).toEqual(['/tenant/keys']);
  });

  it('reports unreachable keys as keys-unavailable and retries discovery on a later call', async () => {
    const fresh = new AccessTokenVerifier({ issuer: issuer.issuer, audience: TEST_AUDIENCE });
    const token = await issuer.token();
    issuer.available = false;
    try {
      expect(await rejection(token, fresh)).toBe('keys-unavailable');
    } finally {
      issuer.available = true;
    }
    await expect(fresh.verify(token)).resolves.toBeDefined();
  });

  it('reports a JWKS endpoint nobody listens on as keys-unavailable', async () => {
    const nowhere = new AccessTokenVerifier({ issuer: issuer.issuer, audience: TEST_AUDIENCE, jwksUri: 'http://127.0.0.1:1/keys' });
    expect(await rejection(await issuer.token(), nowhere)).toBe('keys-unavailable');
  });

  it('refuses a discovery document that names another issuer', async () => {
    const confused = new AccessTokenVerifier({ issuer: `${issuer.issuer}/`, audience: TEST_AUDIENCE });
    expect(await rejection(await issuer.token([], { iss: `${issuer.issuer}/` }), confused)).toBe('keys-unavailable');
  });

  it('refuses an invalid configuration at construction', () => {
    expect(() => new AccessTokenVerifier({ issuer: 'not a url', audience: TEST_AUDIENCE })).toThrow(TypeError);
    expect(() => new AccessTokenVerifier({ issuer: issuer.issuer, audience: '' })).toThrow(TypeError);
    expect(() => new AccessTokenVerifier({ issuer: issuer.issuer, audience: TEST_AUDIENCE, clockToleranceSeconds: -1 })).toThrow(TypeError);
  });
});
