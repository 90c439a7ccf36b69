import { BadRequestException, Body, createParamDecorator, type ExecutionContext, HttpException, Query } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Actor, ChangeContext } from '@gemeente-crm/api-kernel';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { documentBody, documentQuery, methodDecorator } from './openapi-schemas.js';
import { ZodValidationPipe } from './zod-validation.js';

/** The request body, validated by `schema` (422 listing every bad field) and documented. */
export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodValidationPipe(schema))(target, key, index);
    methodDecorator(documentBody(schema))(target, key, index);
  };
}

/** The query string, validated by an object schema and documented parameter by parameter. */
export function ValidQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodValidationPipe(schema))(target, key, index);
    methodDecorator(documentQuery(schema))(target, key, index);
  };
}

const ETAG = /^(?:W\/)?"(\d{1,9})"$/;

export function versionFromIfMatch(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) {
    throw new HttpException(
      { code: 'precondition-required', detail: 'Stuur de versie die je hebt gelezen mee in de If-Match-header (de ETag van de GET).' },
      428,
    );
  }
  const match = ETAG.exec(value.trim());
  if (!match) throw new BadRequestException({ code: 'if-match-invalid', detail: 'De If-Match-header moet een ETag zijn, bijvoorbeeld "3".' });
  return Number(match[1]);
}

export function etag(version: number): string {
  return `"${version}"`;
}

const ifMatchParam = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  versionFromIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** The version the caller read, from `If-Match`; 428 when missing, so no update is blind. */
export function IfMatchVersion(): ParameterDecorator {
  return (target, key, index) => {
    ifMatchParam()(target, key, index);
    methodDecorator(ApiHeader({ name: 'If-Match', required: true, description: 'ETag of the version you read, e.g. "3"' }))(target, key, index);
  };
}

const optionalIfMatchParam = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return header ? versionFromIfMatch(header) : null;
});

/** The version the caller read when they sent `If-Match`, else null (for actions where it is optional). */
export function OptionalIfMatchVersion(): ParameterDecorator {
  return (target, key, index) => {
    optionalIfMatchParam()(target, key, index);
    methodDecorator(ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the version you read; 412 when stale' }))(target, key, index);
  };
}

/** A reason given in the body wins over the `X-Reason` header. */
export function withReason(context: ChangeContext, reason: string | undefined): ChangeContext {
  return reason ? { ...context, reason } : context;
}

function decodeReason(value: string | string[] | undefined): string | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return undefined;
  // Header values are Latin-1; clients send other characters percent-encoded.
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function changeContextOf(request: FastifyRequest): ChangeContext {
  const actor = (request as FastifyRequest & { user?: Actor }).user;
  if (!actor) throw new Error('ChangeContext used on a route without an authenticated actor');
  const client = request.headers['x-client'];
  return {
    actor,
    reason: decodeReason(request.headers['x-reason']),
    requestId: String(request.id),
    client: typeof client === 'string' && client.length <= 64 ? client : 'api',
  };
}

const changeParam = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  changeContextOf(context.switchToHttp().getRequest<FastifyRequest>()),
);

/** Who makes this change and why (`X-Reason`), for the use case and its audit event. */
export function Change(): ParameterDecorator {
  return (target, key, index) => {
    changeParam()(target, key, index);
    methodDecorator(
      ApiHeader({ name: 'X-Reason', required: false, description: 'Why this change is made (percent-encode non-ASCII); recorded in the audit trail' }),
    )(target, key, index);
  };
}
