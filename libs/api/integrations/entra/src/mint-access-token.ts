import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { DEMO_USERS, entraClaimsOf, findDemoUserByLogin } from './demo-users.js';
import { ACCESS_TOKEN_TTL_SECONDS, API_SCOPE } from './local-identity-provider.js';
import { loadOrCreateSigningKeys, SIGNING_ALGORITHM } from './signing-key-file.js';

export interface MintAccessTokenOptions {
  /** The local provider's key file (created when missing, as the provider would). */
  keyFile: string;
  issuer: string;
  audience: string;
  /** A demo login, which is also a role name: `accountmanager`. */
  login: string;
  /** Default: one hour, like the provider's tokens. */
  lifetimeSeconds?: number;
  /** `client_id` claim. Default `gemeente-crm-cli`. */
  clientId?: string;
}

/**
 * An access token for a demo user, signed with the local provider's key and carrying the same
 * claims the provider puts in the tokens it issues, without a browser or a running server: for
 * `npm run token -- <role>`, scripts and API tests.
 */
export async function mintAccessToken(options: MintAccessTokenOptions): Promise<string> {
  const user = findDemoUserByLogin(options.login);
  if (!user) {
    throw new Error(`Unknown demo user "${options.login}"; choose one of: ${DEMO_USERS.map((demo) => demo.login).join(', ')}`);
  }
  const lifetime = options.lifetimeSeconds ?? ACCESS_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(lifetime) || lifetime <= 0) throw new RangeError('lifetimeSeconds must be a positive whole number');

  const [jwk] = await loadOrCreateSigningKeys(options.keyFile);
  if (!jwk) throw new Error(`${options.keyFile} holds no signing key`);
  const key = await importJWK(jwk, SIGNING_ALGORITHM);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...entraClaimsOf(user), client_id: options.clientId ?? 'gemeente-crm-cli', scope: API_SCOPE })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: jwk.kid, typ: 'at+jwt' })
    .setIssuer(options.issuer.replace(/\/$/, ''))
    .setAudience(options.audience)
    .setSubject(user.oid)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(key);
}
