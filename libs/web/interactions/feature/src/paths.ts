import type { RelationObjectType } from '@gemeente-crm/web-api-client';

/** URLs of the task screens (Dutch, stable: bookmarks and Playwright tests use them). */
export const TASKS_PATH = '/taken';

/**
 * The page of an organisation or person. Those screens belong to the relations feature; their
 * URLs are a stable contract, so they are spelled here instead of importing that feature.
 */
export function relationPagePath(relation: { objectType: RelationObjectType | string; objectId: string }, tab?: 'tijdlijn'): string | null {
  const base = relation.objectType === 'organisation' ? '/relaties/organisaties' : relation.objectType === 'person' ? '/relaties/personen' : null;
  return base ? `${base}/${encodeURIComponent(relation.objectId)}${tab ? `/${tab}` : ''}` : null;
}
