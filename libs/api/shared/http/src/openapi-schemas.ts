import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';

const COMPONENT_PREFIX = '#/components/schemas/';

/**
 * Request and response schemas are zod schemas registered with `.meta({ id })`; the OpenAPI
 * document references them by that id and gets them all as components in one conversion.
 */
export function schemaRef(schema: z.ZodType): { $ref: string } {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('An API schema needs .meta({ id }) to appear in the OpenAPI document');
  return { $ref: `${COMPONENT_PREFIX}${id}` };
}

export function addZodComponents(document: OpenAPIObject): OpenAPIObject {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'openapi-3.0',
    uri: (id) => `${COMPONENT_PREFIX}${id}`,
    unrepresentable: 'any',
  });
  const cleaned = Object.fromEntries(
    Object.entries(schemas)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, schema]) => {
        const { $id: _id, ...rest } = schema as Record<string, unknown>;
        return [id, rest];
      }),
  );
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...cleaned } };
  return document;
}

/**
 * A query parameter's schema, inline. Registered schemas it uses (an enum with an id, say) are
 * referenced as the components they also are, instead of a local `definitions` block, which
 * OpenAPI does not allow.
 */
function inlineJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  const { $schema: _s, definitions: _d, $defs: _defs, ...rest } = json;
  return JSON.parse(JSON.stringify(rest).replace(/"#\/(?:definitions|\$defs)\/([^"]+)"/g, `"${COMPONENT_PREFIX}$1"`)) as Record<string, unknown>;
}

export function methodDecorator(apply: MethodDecorator): ParameterDecorator {
  return (target, key, _index) => {
    if (!key) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) apply(target, key, descriptor);
  };
}

export function documentBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: schemaRef(schema) });
}

export function documentQuery(schema: z.ZodObject): MethodDecorator {
  return (target, key, descriptor) => {
    for (const [name, property] of Object.entries(schema.shape) as [string, z.ZodType][]) {
      const json = inlineJsonSchema(property);
      const { description, ...propertySchema } = json;
      ApiQuery({
        name,
        required: !property.safeParse(undefined).success,
        schema: propertySchema,
        ...(typeof description === 'string' ? { description } : {}),
      })(target, key, descriptor);
    }
  };
}

/** Documents a successful JSON response with a registered schema. */
export function ApiResult(schema: z.ZodType, status = 200, description = 'OK'): MethodDecorator {
  return ApiResponse({ status, description, schema: schemaRef(schema) });
}

export const ProblemDetailsSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().describe('Stable machine-readable error code'),
    errors: z
      .array(z.object({ field: z.string(), code: z.string(), message: z.string() }).meta({ id: 'FieldError' }))
      .optional(),
  })
  .meta({ id: 'ProblemDetails', description: 'RFC 9457 problem details' });

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request',
  401: 'Missing or invalid access token',
  403: 'The caller lacks a required role',
  404: 'Not found',
  409: 'Conflicts with the current state',
  412: 'The record changed since it was read (stale If-Match)',
  413: 'Body too large',
  422: 'Validation failed; `errors` lists every invalid field',
  428: 'If-Match header required',
};

/** Documents the problem+json responses a route can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator {
  return (target, key, descriptor) => {
    for (const status of [401, 403, ...statuses]) {
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: schemaRef(ProblemDetailsSchema) } },
      })(target, key, descriptor);
    }
  };
}
