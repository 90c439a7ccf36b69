import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';
import { AccessTokenError } from './access-token-error.js';

const HTTP_TIMEOUT_MS = 5_000;

/** jose errors that say something about the token (its `kid` or `alg`), not about the key source. */
const TOKEN_KEY_ERRORS = [errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSENotSupported];

/**
 * Finds the public key a token was signed with, from the identity provider's JWKS.
 *
 * The JWKS location is configured or discovered from the issuer's OpenID configuration on first
 * use rather than at start-up, so the API starts even while the identity provider is unreachable
 * (and the local demo provider, served by the API itself, is not listening yet). A failed
 * discovery is not cached: the next request tries again. jose caches the keys and refetches them
 * when a token names a `kid` it has not seen, which is how key rotation is picked up.
 */
export class SigningKeyResolver {
  private keySet: Promise<JWTVerifyGetKey> | undefined;

  constructor(
    private readonly issuer: string,
    private readonly jwksUri?: string,
  ) {}

  /** A jose key lookup that reports key-source failures as `keys-unavailable`. */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    const keySet = await this.loadKeySet();
    try {
      return await keySet(header, token);
    } catch (error) {
      if (TOKEN_KEY_ERRORS.some((type) => error instanceof type)) throw error;
      throw new AccessTokenError('keys-unavailable', `Could not load the signing keys: ${describe(error)}`, { cause: error });
    }
  };

  private loadKeySet(): Promise<JWTVerifyGetKey> {
    if (!this.keySet) {
      const loading = this.resolveJwksUri().then((uri) => createRemoteJWKSet(uri, { timeoutDuration: HTTP_TIMEOUT_MS }));
      this.keySet = loading;
      loading.catch(() => {
        // Forget the failure so a later request retries the discovery.
        if (this.keySet === loading) this.keySet = undefined;
      });
    }
    return this.keySet;
  }

  private async resolveJwksUri(): Promise<URL> {
    if (this.jwksUri) return new URL(this.jwksUri);
    const discoveryUrl = `${this.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let metadata: unknown;
    try {
      const response = await fetch(discoveryUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      metadata = await response.json();
    } catch (error) {
      throw new AccessTokenError('keys-unavailable', `OpenID discovery at ${discoveryUrl} failed: ${describe(error)}`, { cause: error });
    }
    const { issuer, jwks_uri: jwksUri } = (metadata ?? {}) as { issuer?: unknown; jwks_uri?: unknown };
    // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer we asked for.
    if (issuer !== this.issuer) {
      throw new AccessTokenError('keys-unavailable', `OpenID discovery at ${discoveryUrl} names issuer ${String(issuer)}, expected ${this.issuer}`);
    }
    if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri)) {
      throw new AccessTokenError('keys-unavailable', `OpenID discovery at ${discoveryUrl} has no valid jwks_uri`);
    }
    return new URL(jwksUri);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
