import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Provider } from 'oidc-provider';

const METHODS = ['DELETE', 'GET', 'OPTIONS', 'POST', 'PUT'];

/**
 * Serves the local identity provider under `prefix` (the path of its issuer) inside an existing
 * Fastify server, e.g. the API's own, so a demo needs one process and one port.
 *
 * The routes live in an encapsulated plugin whose only content-type parser leaves the body
 * unread: oidc-provider reads request bodies itself, and Fastify (or Nest's parsers on the root
 * instance) must not consume them first. Requests are handed over raw with the prefix removed
 * from `url` and kept in `originalUrl`, from which oidc-provider derives its endpoint URLs.
 *
 * Fastify decides which proxy headers to trust (its `trustProxy` option); the provider trusts the
 * X-Forwarded-* headers, and they are rewritten to what Fastify concluded, so both agree on the
 * public protocol, host and client address (secure cookies, endpoint URLs in the discovery document).
 */
export function mountLocalIdentityProvider(fastify: FastifyInstance, provider: Provider, prefix = '/oidc'): void {
  const mountPath = `/${prefix.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const handle = provider.callback();
  provider.proxy = true;
  provider.on('server_error', (_ctx: unknown, error: unknown) => fastify.log.error({ err: error }, 'local identity provider failed'));

  const forward = (request: FastifyRequest, reply: FastifyReply): void => {
    const raw = request.raw as typeof request.raw & { originalUrl?: string };
    const original = raw.url ?? '/';
    const rest = original.slice(mountPath.length);
    raw.originalUrl = original;
    raw.url = rest.startsWith('/') ? rest : `/${rest}`;
    raw.headers['x-forwarded-proto'] = request.protocol;
    raw.headers['x-forwarded-host'] = request.host;
    raw.headers['x-forwarded-for'] = request.ip;
    reply.hijack();
    void handle(raw, reply.raw);
  };

  void fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.route({ method: METHODS, url: mountPath || '/', handler: forward });
    scope.route({ method: METHODS, url: `${mountPath}/*`, handler: forward });
  });
}
