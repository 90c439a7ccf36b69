import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { type FieldError, ValidationError } from '@gemeente-crm/api-kernel';
import { z } from 'zod';

// Shape errors reach staff through the SPA, so zod speaks Dutch.
z.config(z.locales.nl());

const ISSUE_CODES: Record<string, string> = {
  invalid_type: 'invalid-type',
  too_small: 'too-small',
  too_big: 'too-big',
  invalid_format: 'invalid-format',
  invalid_value: 'invalid-value',
  unrecognized_keys: 'unknown-field',
  not_multiple_of: 'invalid-value',
  invalid_union: 'invalid-value',
};

export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: path ? `${path}.${key}` : key,
        code: 'unknown-field',
        message: `Onbekend veld "${key}".`,
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const custom = issue.code === 'custom' ? (issue.params?.['code'] as string | undefined) : undefined;
    return [
      {
        field: path || '(body)',
        code: missing ? 'required' : (custom ?? ISSUE_CODES[issue.code] ?? 'invalid'),
        message: missing ? 'Dit veld is verplicht.' : issue.message,
      },
    ];
  });
}

/** Parses `value` with `schema`, throwing the domain's ValidationError listing every bad field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(fieldErrorsFromZod(result.error));
  return result.data;
}

@Injectable()
export class ZodValidationPipe implements PipeTransform {
  constructor(private readonly schema: z.ZodType) {}

  transform(value: unknown, _metadata: ArgumentMetadata): unknown {
    return parseWith(this.schema, value ?? (this.schema instanceof z.ZodObject ? undefined : value));
  }
}
