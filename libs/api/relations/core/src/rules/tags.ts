/**
 * Tags are free labels staff attach to relations to find them again ("horeca", "social return").
 * To keep "Horeca", " horeca" and "HORECA" from becoming three tags, tags are trimmed, inner
 * whitespace is collapsed and they are lower-cased; repeats are dropped.
 */
export const MAX_TAG_LENGTH = 50;

export function normaliseTag(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function normaliseTags(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normaliseTag).filter((tag) => tag !== ''))];
}
