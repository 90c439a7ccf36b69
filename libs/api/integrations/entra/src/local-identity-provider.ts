import { randomBytes } from 'node:crypto';
import Provider, { errors, type KoaContextWithOIDC } from 'oidc-provider';
import { DEMO_USERS, entraClaimsOf, findDemoUserByOid } from './demo-users.js';
import { pageSecurityPolicy } from './html-page.js';
import { createInMemoryAdapter } from './in-memory-adapter.js';
import { interactionRoutes } from './interaction-routes.js';
import { errorPage, loggedOutPage, logoutPage } from './message-pages.js';
import { mountPathOf } from './mount-path.js';
import { loadOrCreateSigningKeys, SIGNING_ALGORITHM } from './signing-key-file.js';

/** The scope that stands for "call the CRM API"; Entra's equivalent is `<audience>/access_as_user`. */
export const API_SCOPE = 'api';
export const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;
/** Entra ID gives single-page applications refresh tokens for 24 hours, not extended by use. */
const REFRESH_TOKEN_TTL_SECONDS = 24 * 60 * 60;
const SESSION_TTL_SECONDS = 10 * 60 * 60;

export interface LocalIdentityProviderClient {
  clientId: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface LocalIdentityProviderOptions {
  /** Issuer identifier, and the URL the provider is served at: `http://localhost:3000/oidc`. */
  issuer: string;
  /** `aud` of the access tokens: the API, `api://gemeente-crm`. */
  audience: string;
  /** JSON file with the private signing key set; created (mode 0600) when missing. */
  keyFile: string;
  /** The CRM's own applications: public clients using authorization code + PKCE. */
  clients: LocalIdentityProviderClient[];
}

/**
 * The development, demo and test stand-in for Microsoft Entra ID: a real OpenID Connect provider
 * (oidc-provider), so the API validates its tokens with exactly the code that validates Entra's.
 *
 * It issues what Entra issues to a single-page application: authorization code with PKCE (S256)
 * for public clients, rotating refresh tokens, and JWT access tokens for the API audience carrying
 * `tid`, `oid`, `roles`, `name` and `preferred_username`. Users are the demo accounts, one per
 * role, signed in through a Dutch login page; consent is implied for the configured clients.
 *
 * Serve it with `mountLocalIdentityProvider`, at the path of `issuer`.
 */
export async function createLocalIdentityProvider(options: LocalIdentityProviderOptions): Promise<Provider> {
  const issuer = options.issuer.replace(/\/$/, '');
  const keys = await loadOrCreateSigningKeys(options.keyFile);
  const clientOrigins = new Map(options.clients.map((client) => [client.clientId, originsOf(client)]));
  const allClientOrigins = [...new Set([...clientOrigins.values()].flatMap((origins) => [...origins]))];
  const securityPolicy = pageSecurityPolicy(allClientOrigins);

  const sendPage = (ctx: KoaContextWithOIDC, status: number, html: string) => {
    ctx.status = status;
    ctx.type = 'html';
    ctx.set('cache-control', 'no-store');
    ctx.set('content-security-policy', securityPolicy);
    ctx.set('referrer-policy', 'no-referrer');
    ctx.body = html;
  };

  const provider = new Provider(issuer, {
    adapter: createInMemoryAdapter(),
    jwks: { keys },
    // Session cookies are signed with a key of this process: sessions live in memory anyway.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    })),
    clientBasedCORS: (_ctx, origin, client) => clientOrigins.get(client.clientId)?.has(origin) ?? false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'offline_access'],
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub', 'tid', 'oid', 'roles'],
      profile: ['name', 'preferred_username'],
    },
    // Like Entra, ID tokens carry the user's name and roles, not only the userinfo endpoint.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const user = findDemoUserByOid(sub);
      return user && { accountId: user.oid, claims: () => ({ sub: user.oid, ...entraClaimsOf(user) }) };
    },
    extraTokenClaims: (_ctx, token) => {
      const user = token.kind === 'AccessToken' && token.accountId ? findDemoUserByOid(token.accountId) : undefined;
      return user && entraClaimsOf(user);
    },
    // SPAs do not ask for consent (prompt=consent), which oidc-provider otherwise requires before
    // honouring offline_access; Entra gives them refresh tokens regardless, and so does this.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (ctx, interaction) => `${mountPathOf(ctx)}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // Entra ID supports neither; a client that tried them here would fail against production.
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== options.audience) throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return {
            scope: API_SCOPE,
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
            jwt: { sign: { alg: SIGNING_ALGORITHM } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => sendPage(ctx, 200, logoutPage(form)),
        postLogoutSuccessSource: (ctx) => sendPage(ctx, 200, loggedOutPage()),
      },
    },
    renderError: (ctx, out) => sendPage(ctx, ctx.status >= 400 ? ctx.status : 400, errorPage(out['error'] ?? 'server_error', out['error_description'])),
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_TTL_SECONDS,
      Interaction: 30 * 60,
      Session: SESSION_TTL_SECONDS,
      Grant: REFRESH_TOKEN_TTL_SECONDS,
      // A rotated refresh token inherits what is left of its predecessor's lifetime.
      RefreshToken: (ctx) => ctx?.oidc.entities.RotatedRefreshToken?.remainingTTL ?? REFRESH_TOKEN_TTL_SECONDS,
    },
  });

  provider.use(
    interactionRoutes(provider, {
      users: DEMO_USERS,
      firstPartyClientIds: new Set(clientOrigins.keys()),
      sendPage,
    }),
  );
  return provider;
}

function originsOf(client: LocalIdentityProviderClient): Set<string> {
  const uris = [...client.redirectUris, ...(client.postLogoutRedirectUris ?? [])];
  return new Set(uris.flatMap((uri) => (URL.canParse(uri) ? [new URL(uri).origin] : [])));
}
