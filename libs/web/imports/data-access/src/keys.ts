/** react-query keys of the import wizard; after any change, invalidate `importKeys.all`. */
export const importKeys = {
  all: ['imports'] as const,
  list: (page: number) => [...importKeys.all, 'list', page] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
  rows: (id: string, query: object) => [...importKeys.all, 'rows', id, query] as const,
  presets: () => [...importKeys.all, 'presets'] as const,
};
