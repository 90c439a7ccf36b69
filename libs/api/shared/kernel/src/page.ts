export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export interface PageRequest {
  /** 1-based page number. */
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  /** False when `total` is an estimate (very broad searches are not counted row by row). */
  totalIsExact?: boolean;
}

export type SortDirection = 'asc' | 'desc';
