import type { IncomingMessage } from 'node:http';
import { errors, type Interaction, type KoaContextWithOIDC, type Middleware, type Provider } from 'oidc-provider';
import { authenticateDemoUser, type DemoUser } from './demo-users.js';
import { loginPage } from './login-page.js';
import { errorPage, expiredLoginPage } from './message-pages.js';
import { mountPathOf } from './mount-path.js';

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/;
const FORM_LIMIT_BYTES = 16 * 1024;

export interface InteractionRoutesOptions {
  users: readonly DemoUser[];
  /** Clients whose consent is implied: the CRM's own applications. */
  firstPartyClientIds: ReadonlySet<string>;
  /** Writes an HTML page with the provider's security headers. */
  sendPage(ctx: KoaContextWithOIDC, status: number, html: string): void;
}

/**
 * The login and consent steps oidc-provider delegates to the application (its "interactions"),
 * replacing the English development pages it ships with:
 *
 * - `GET  /interaction/:uid`        the login form, or, for consent, an automatic grant: the
 *                                    clients are the CRM's own, as Entra admin consent would be;
 * - `POST /interaction/:uid/login`  checks the demo credentials;
 * - `POST /interaction/:uid/abort`  returns `access_denied` to the client.
 *
 * Runs as Koa middleware inside the provider, so the provider serves these pages wherever it is
 * mounted; paths are relative to the mount.
 */
export function interactionRoutes(provider: Provider, options: InteractionRoutesOptions): Middleware {
  return async (ctx, next) => {
    const match = INTERACTION_PATH.exec(ctx.path);
    if (!match) return next();
    const [, uid, action] = match as unknown as [string, string, 'login' | 'abort' | undefined];
    const expected = action ? 'POST' : 'GET';
    if (ctx.method !== expected && !(expected === 'GET' && ctx.method === 'HEAD')) {
      ctx.status = 405;
      ctx.set('allow', expected);
      return;
    }
    try {
      await handleInteraction(ctx, provider, options, uid, action);
    } catch (error) {
      // Reported like the provider's own failures (the mount logs 'server_error').
      provider.emit('server_error', ctx, error);
      options.sendPage(ctx, 500, errorPage('server_error', 'Er ging iets mis aan onze kant.'));
    }
  };
}

async function handleInteraction(
  ctx: KoaContextWithOIDC,
  provider: Provider,
  options: InteractionRoutesOptions,
  uid: string,
  action: 'login' | 'abort' | undefined,
): Promise<void> {
  let interaction: Interaction;
  try {
    interaction = await provider.interactionDetails(ctx.req, ctx.res);
    if (interaction.uid !== uid) throw new errors.SessionNotFound('interaction uid mismatch');
  } catch (error) {
    if (!(error instanceof errors.SessionNotFound)) throw error;
    options.sendPage(ctx, 400, expiredLoginPage());
    return;
  }

  if (action === 'abort') {
    await finish(ctx, provider, { error: 'access_denied', error_description: 'De gebruiker heeft het inloggen geannuleerd.' });
    return;
  }

  if (interaction.prompt.name === 'login') {
    const base = `${mountPathOf(ctx)}/interaction/${uid}`;
    const render = (view: { username: string; failed?: boolean }) =>
      options.sendPage(ctx, 200, loginPage({ loginAction: `${base}/login`, abortAction: `${base}/abort`, demoUsers: options.users, ...view }));
    if (action !== 'login') {
      const hint = interaction.params.login_hint;
      render({ username: typeof hint === 'string' ? hint : '' });
      return;
    }
    const form = await readForm(ctx.req);
    if (!form) {
      options.sendPage(ctx, 413, errorPage('request_too_large', 'Het formulier is groter dan toegestaan.'));
      return;
    }
    const username = form.get('username') ?? '';
    const user = authenticateDemoUser(username, form.get('password') ?? '');
    if (!user) {
      render({ username, failed: true });
      return;
    }
    await finish(ctx, provider, { login: { accountId: user.oid, amr: ['pwd'] } }, false);
    return;
  }

  if (interaction.prompt.name === 'consent' && action === undefined) {
    const clientId = interaction.params.client_id;
    if (typeof clientId !== 'string' || !options.firstPartyClientIds.has(clientId)) {
      await finish(ctx, provider, { error: 'access_denied', error_description: 'Deze applicatie is niet bekend bij Gemeente CRM.' });
      return;
    }
    await finish(ctx, provider, { consent: await grantConsent(provider, interaction, clientId) });
    return;
  }

  // A login form posted after the login step was already completed (e.g. in another tab).
  options.sendPage(ctx, 400, expiredLoginPage());
}

/** Grants what the client asked for, as the consent prompt details list it. */
async function grantConsent(provider: Provider, interaction: Interaction, clientId: string): Promise<{ grantId?: string }> {
  const accountId = interaction.session?.accountId;
  if (!accountId) throw new Error('consent requested without a logged-in account');
  const grant = (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(' '));
  const grantId = await grant.save();
  // A grant that already existed is known to the interaction; only a new one is passed back.
  return interaction.grantId ? {} : { grantId };
}

async function finish(
  ctx: KoaContextWithOIDC,
  provider: Provider,
  result: Parameters<Provider['interactionResult']>[2],
  mergeWithLastSubmission = true,
): Promise<void> {
  const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission });
  ctx.status = 303;
  ctx.redirect(returnTo);
}

/** The posted login form; undefined when it is larger than any real login form. */
async function readForm(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  const parsed = (request as IncomingMessage & { body?: unknown }).body;
  if (!request.readable && parsed && typeof parsed === 'object') {
    // An upstream body parser got there first (e.g. mounted in Express with urlencoded()).
    return new URLSearchParams(Object.entries(parsed as Record<string, unknown>).map(([key, value]): [string, string] => [key, String(value)]));
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > FORM_LIMIT_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
