import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest } from '@gemeente-crm/api-kernel';

/** Page 1 and the default size when not given; the size is capped so no request asks for everything. */
export function pageRequestOf(input: Partial<PageRequest>): PageRequest {
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(input.pageSize ?? DEFAULT_PAGE_SIZE)));
  return { page, pageSize };
}
