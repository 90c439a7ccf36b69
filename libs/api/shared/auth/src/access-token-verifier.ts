import { type Actor, isRole, type Role } from '@gemeente-crm/api-kernel';
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { AccessTokenError, type AccessTokenErrorReason } from './access-token-error.js';
import type { AuthConfig } from './auth-config.js';
import { SigningKeyResolver } from './signing-key-resolver.js';

/** What Entra ID signs access tokens with (RS256), plus the asymmetric algorithms other providers use. */
const ALLOWED_ALGORITHMS = ['RS256', 'PS256', 'ES256'];
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Turns a bearer token into the Actor it identifies, or refuses it with an AccessTokenError.
 *
 * Checks the signature against the issuer's published keys, the issuer, the audience, expiry and
 * not-before, then reads the Entra ID claims: `tid` and `oid` identify the user (unlike `sub`,
 * `oid` is the same for every application in the tenant), `roles` holds the app roles assigned to
 * them. Roles this application does not know are ignored rather than refused, so a role added to
 * the app registration early does not lock anybody out.
 */
export class AccessTokenVerifier {
  private readonly keys: SigningKeyResolver;
  private readonly clockTolerance: number;

  constructor(private readonly config: AuthConfig) {
    assertValidConfig(config);
    this.keys = new SigningKeyResolver(config.issuer, config.jwksUri);
    this.clockTolerance = config.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  }

  async verify(token: string): Promise<Actor> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys.getKey, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: this.clockTolerance,
        // jose only checks `exp` when it is present; a token that never expires is not accepted.
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw toAccessTokenError(error);
    }
    return actorFrom(payload);
  }
}

function actorFrom(payload: JWTPayload): Actor {
  const tenantId = requiredString(payload, 'tid');
  const objectId = requiredString(payload, 'oid');
  const name = optionalString(payload, 'name') ?? optionalString(payload, 'preferred_username') ?? objectId;
  const claimedRoles = payload['roles'];
  if (claimedRoles !== undefined && !Array.isArray(claimedRoles)) {
    throw new AccessTokenError('invalid-claim', 'The "roles" claim must be an array');
  }
  const roles = new Set<Role>();
  for (const role of claimedRoles ?? []) if (typeof role === 'string' && isRole(role)) roles.add(role);
  return { id: `${tenantId}:${objectId}`, displayName: name, roles: [...roles] };
}

function requiredString(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (typeof value !== 'string' || value === '') {
    throw new AccessTokenError('missing-claim', `The token has no "${claim}" claim`);
  }
  return value;
}

function optionalString(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function toAccessTokenError(error: unknown): AccessTokenError {
  if (error instanceof AccessTokenError) return error;
  const reason = reasonFor(error);
  const message = error instanceof Error ? error.message : String(error);
  return new AccessTokenError(reason, message, { cause: error });
}

function reasonFor(error: unknown): AccessTokenErrorReason {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return 'wrong-issuer';
      case 'aud':
        return 'wrong-audience';
      case 'nbf':
        return 'not-yet-valid';
      default:
        return error.reason === 'missing' ? 'missing-claim' : 'invalid-claim';
    }
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  // A token naming a key the issuer does not publish was signed by somebody else.
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'algorithm-not-allowed';
  return 'malformed';
}

function assertValidConfig(config: AuthConfig): void {
  if (!URL.canParse(config.issuer)) throw new TypeError(`AuthConfig.issuer must be a URL, got "${config.issuer}"`);
  if (!config.audience) throw new TypeError('AuthConfig.audience must not be empty');
  if (config.jwksUri !== undefined && !URL.canParse(config.jwksUri)) {
    throw new TypeError(`AuthConfig.jwksUri must be a URL, got "${config.jwksUri}"`);
  }
  const tolerance = config.clockToleranceSeconds;
  if (tolerance !== undefined && !(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new TypeError('AuthConfig.clockToleranceSeconds must be a non-negative number');
  }
}
