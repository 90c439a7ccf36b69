import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type GenerateKeyPairResult, type JWK, type JWTPayload, SignJWT } from 'jose';

export const TEST_AUDIENCE = 'api://gemeente-crm-test';
export const TEST_TENANT_ID = '9c8e6b7a-4f1d-4e2a-9b3c-5d6e7f8a9b0c';

interface SigningKey {
  kid: string;
  privateKey: GenerateKeyPairResult['privateKey'];
  publicJwk: JWK;
}

/**
 * A minimal token issuer for the auth library's own tests: an HTTP server on 127.0.0.1 that
 * publishes an OpenID configuration and a JWKS, plus real RS256 signatures over whatever claims a
 * test needs (including broken ones). The full local identity provider lives in
 * integrations-entra, which this shared library may not depend on.
 */
export class TestTokenIssuer {
  /** Paths requested from the server, in order. */
  readonly requests: string[] = [];
  /** While false the server answers 503 to everything, as an identity provider in trouble would. */
  available = true;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    private readonly trustedKey: SigningKey,
    /** A key of the same kind that the issuer does not publish. */
    private readonly foreignKey: SigningKey,
  ) {}

  get jwksUri(): string {
    return `${this.issuer}/keys`;
  }

  static async start(): Promise<TestTokenIssuer> {
    const [trustedKey, foreignKey] = await Promise.all([createSigningKey(), createSigningKey()]);
    const state: { issuer?: TestTokenIssuer } = {};
    const server = createServer((request, response) => {
      const { issuer } = state;
      const path = request.url ?? '/';
      issuer?.requests.push(path);
      const body =
        !issuer?.available ? undefined
        : path === '/tenant/.well-known/openid-configuration' ? { issuer: issuer.issuer, jwks_uri: issuer.jwksUri }
        : path === '/tenant/keys' ? { keys: [trustedKey.publicJwk] }
        : undefined;
      response.statusCode = body ? 200 : issuer?.available ? 404 : 503;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body ?? { error: 'unavailable' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    state.issuer = new TestTokenIssuer(server, `http://127.0.0.1:${port}/tenant`, trustedKey, foreignKey);
    return state.issuer;
  }

  /** Standard claims of a valid token for `roles`, valid for ten minutes from now. */
  claims(roles: string[] = ['accountmanager']): JWTPayload {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: this.issuer,
      aud: TEST_AUDIENCE,
      iat: now,
      nbf: now,
      exp: now + 600,
      tid: TEST_TENANT_ID,
      oid: randomUUID(),
      name: 'Anna de Vries',
      preferred_username: 'anna@gemeente.example',
      roles,
    };
  }

  /** Signs `payload` as given (no claims added), by default with the published key. */
  async sign(payload: JWTPayload, options: { key?: 'trusted' | 'foreign'; kid?: string } = {}): Promise<string> {
    const key = options.key === 'foreign' ? this.foreignKey : this.trustedKey;
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? key.kid }).sign(key.privateKey);
  }

  /** A valid token for `roles`, with `overrides` merged into (or, as undefined, removed from) its claims. */
  async token(roles: string[] = ['accountmanager'], overrides: JWTPayload = {}): Promise<string> {
    const payload: JWTPayload = { ...this.claims(roles), ...overrides };
    for (const [claim, value] of Object.entries(payload)) if (value === undefined) delete payload[claim];
    return this.sign(payload);
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.closeAllConnections();
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
  }
}

async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}
