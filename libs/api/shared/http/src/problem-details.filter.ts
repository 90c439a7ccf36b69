import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOMAIN_ERROR_STATUS } from './domain-error-status.js';
import { defaultProblemCode, problem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details.js';

/** Fastify's own error codes for a client's mistake, with the status and code we answer. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed-json', 'De body is geen geldige JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed-json', 'De body is leeg terwijl JSON verwacht werd.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload-too-large', 'De body is groter dan toegestaan.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'Dit mediatype wordt niet ondersteund; gebruik application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-request', 'De Content-Length klopt niet met de body.'],
  FST_ERR_BAD_URL: [400, 'bad-request', 'De URL is ongeldig.'],
};

/**
 * Turns anything thrown into `application/problem+json`, without leaking internals. Nest hands
 * this filter Fastify's own errors too (malformed JSON, body too large, wrong media type).
 */
export function toProblem(error: unknown, instance?: string): ProblemDetails {
  if (error instanceof ValidationError) {
    return problem(422, error.code, error.message, { errors: error.errors, instance });
  }
  if (error instanceof StaleVersionError) {
    return problem(412, error.code, error.message, { instance, currentVersion: error.currentVersion } as Partial<ProblemDetails>);
  }
  if (error instanceof DomainError) {
    return problem(DOMAIN_ERROR_STATUS[error.kind], error.code, error.message, { ...error.extras, instance } as Partial<ProblemDetails>);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest re-throws Fastify's JSON parse failure as a plain 400 with Fastify's message.
    if (status === 400 && /not valid JSON|Unexpected .* JSON|JSON at position/i.test(error.message)) {
      return problem(400, 'malformed-json', 'De body is geen geldige JSON.', { instance });
    }
    const body = error.getResponse();
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const code = typeof fields['code'] === 'string' ? fields['code'] : defaultProblemCode(status);
    const detail = typeof fields['detail'] === 'string' ? fields['detail'] : status === 404 ? 'Deze URL bestaat niet.' : undefined;
    const extra: Partial<ProblemDetails> = { instance };
    if (typeof fields['title'] === 'string') extra.title = fields['title'];
    return problem(status, code, detail, extra);
  }
  const fastifyCode = (error as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_CLIENT_ERRORS[fastifyCode]) {
    const [status, code, detail] = FASTIFY_CLIENT_ERRORS[fastifyCode];
    return problem(status, code, detail, { instance });
  }
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (error instanceof SyntaxError && statusCode === 400) {
    return problem(400, 'malformed-json', 'De body is geen geldige JSON.', { instance });
  }
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return problem(statusCode, defaultProblemCode(statusCode), undefined, { instance });
  }
  return problem(500, 'internal-error', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', { instance });
}

export function sendProblem(reply: FastifyReply, details: ProblemDetails): void {
  if (details.status === 401 && !reply.hasHeader('www-authenticate')) reply.header('www-authenticate', 'Bearer');
  void reply.status(details.status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(details));
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const details = toProblem(error, request.url);
    if (details.status >= 500) {
      this.logger.error({ err: error, requestId: request.id }, 'request failed');
    }
    sendProblem(reply, details);
  }
}
