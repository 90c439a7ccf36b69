import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { problem, ProblemDetailsFilter, sendProblem } from '@gemeente-crm/api-http';
import { createLocalIdentityProvider, mountLocalIdentityProvider } from '@gemeente-crm/integrations-entra';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../config/app-config.js';
import { API_VERSION, buildOpenApiDocument } from './openapi-document.js';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface CreateAppOptions {
  /** Resolved database URL (the embedded server's when DATABASE_URL is unset). */
  databaseUrl: string;
  /** false: build routes without connecting, e.g. to write the OpenAPI document. */
  connect?: boolean;
}

/** Builds the whole HTTP application; used by main, the tests and the OpenAPI writer alike. */
export async function createApp(config: AppConfig, options: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
    requestIdHeader: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const header = request.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    // A request Node's HTTP parser rejects (bad header, bad request line) still gets problem+json.
    clientErrorHandler: (_error, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify(problem(400, 'bad-request', 'Het HTTP-verzoek is misvormd.'));
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.databaseUrl, options.connect ?? true), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  app.useLogger(new FastifyLogger(fastify));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) {
      reply.header('api-version', API_VERSION);
      reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
    }
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        // The web app talks to the API and, for login, to the issuer (the same origin in demo mode).
        connectSrc: config.auth.issuer.startsWith(config.publicUrl) ? ["'self'"] : ["'self'", new URL(config.auth.issuer).origin],
        formAction: ["'self'", ...(config.demo ? [] : [new URL(config.auth.issuer).origin])],
        frameAncestors: ["'self'"],
      },
    },
  });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 20, fields: 50, fieldSize: 1_000_000, parts: 100 } });
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) => ({ ...problem(429, 'too-many-requests', `Te veel verzoeken; probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`), statusCode: 429 }),
    });
  }

  if (config.demo) {
    const provider = await createLocalIdentityProvider({
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      keyFile: join(config.dataDir, 'oidc-signing-key.json'),
      clients: [
        {
          clientId: config.auth.clientId,
          redirectUris: [`${config.publicUrl}/auth/callback`, `${config.publicUrl}/api/docs/oauth2-redirect.html`, 'http://localhost:5173/auth/callback'],
          postLogoutRedirectUris: [`${config.publicUrl}/`, 'http://localhost:5173/'],
        },
      ],
    });
    mountLocalIdentityProvider(fastify, provider, new URL(config.auth.issuer).pathname);
  }

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, withInteractiveLogin(document, config), {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
    customSiteTitle: 'Gemeente CRM API',
    swaggerOptions: {
      persistAuthorization: true,
      oauth2RedirectUrl: `${config.publicUrl}/api/docs/oauth2-redirect.html`,
      initOAuth: { clientId: config.auth.clientId, usePkceWithAuthorizationCodeGrant: true, scopes: config.auth.scope.split(' ') },
    },
  });

  serveWebApp(fastify, config.webDistDir);
  return app;
}

/** Swagger UI's "Authorize" button: authorization code + PKCE against the configured issuer. */
function withInteractiveLogin(document: OpenAPIObject, config: AppConfig): OpenAPIObject {
  const base = config.demo ? config.auth.issuer : config.auth.issuer.replace(/\/v2\.0$/, '/oauth2/v2.0');
  const authorizationUrl = config.demo ? `${base}/auth` : `${base}/authorize`;
  const tokenUrl = `${base}/token`;
  return {
    ...document,
    components: {
      ...document.components,
      securitySchemes: {
        ...document.components?.securitySchemes,
        oauth2: {
          type: 'oauth2' as const,
          flows: { authorizationCode: { authorizationUrl, tokenUrl, scopes: Object.fromEntries(config.auth.scope.split(' ').map((s) => [s, s])) } },
        },
      },
    },
    security: [{ bearer: [] } as Record<string, string[]>, { oauth2: [] }],
  };
}

/** Serves the built SPA at `/`, with client-side routes falling back to index.html. */
function serveWebApp(fastify: FastifyInstance, distDir: string): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return;
  void fastify.register(fastifyStatic, { root: distDir, wildcard: false, index: ['index.html'], maxAge: '1h', immutable: false });
  fastify.get('/*', (request: FastifyRequest, reply) => {
    if (request.url.startsWith('/api/') || request.url.startsWith('/oidc')) {
      sendProblem(reply, problem(404, 'not-found', 'Deze URL bestaat niet.', { instance: request.url }));
      return;
    }
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

/** Nest's own log lines go to Fastify's pino logger, so every line is structured JSON. */
class FastifyLogger implements LoggerService {
  constructor(private readonly fastify: FastifyInstance) {}
  log(message: unknown, context?: string) {
    this.fastify.log.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.fastify.log.error({ context, trace }, typeof message === 'string' ? message : JSON.stringify(message));
  }
  warn(message: unknown, context?: string) {
    this.fastify.log.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.fastify.log.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.fastify.log.trace({ context }, String(message));
  }
  setLogLevels(_levels: LogLevel[]) {}
}
