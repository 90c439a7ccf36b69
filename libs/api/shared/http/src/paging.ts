import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@gemeente-crm/api-kernel';
import { z } from 'zod';

/** `page` and `pageSize` query parameters; the page size is capped so no request can ask for all rows. */
export const pageQueryShape = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe(`Items per page (max ${MAX_PAGE_SIZE})`),
};

/** A page of `item`, registered under `id` in the OpenAPI document. */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Number of matching items over all pages'),
      totalIsExact: z.boolean().optional().describe('false when total is an estimate: very broad searches are not counted exactly'),
    })
    .meta({ id });
}

/** Query-string booleans: `true`/`false`/`1`/`0`. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');
