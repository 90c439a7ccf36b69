/** URLs of the import wizard (Dutch, stable: bookmarks and Playwright tests use them). */
export const IMPORTS_PATH = '/importeren';

export function importPath(id: string): string {
  return `${IMPORTS_PATH}/${encodeURIComponent(id)}`;
}
