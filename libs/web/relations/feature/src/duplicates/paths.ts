import type { RelationKind } from './duplicatesApi';

/** URLs of the duplicate screens (Dutch, stable: bookmarks and Playwright tests use them). */
export const DUPLICATES_PATH = '/relaties/dubbelen';
export const MERGE_PATH = '/relaties/dubbelen/samenvoegen';

const KIND_PARAM: Record<RelationKind, string> = { organisation: 'organisaties', person: 'personen' };

export const duplicatesPath = (kind: RelationKind = 'organisation') => `${DUPLICATES_PATH}?soort=${KIND_PARAM[kind]}`;
export const mergePath = (kind: RelationKind, firstId: string, secondId: string) =>
  `${MERGE_PATH}?soort=${KIND_PARAM[kind]}&a=${encodeURIComponent(firstId)}&b=${encodeURIComponent(secondId)}`;

export function kindFromParam(value: string | null): RelationKind {
  return value === KIND_PARAM.person ? 'person' : 'organisation';
}
