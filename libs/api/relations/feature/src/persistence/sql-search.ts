/**
 * Builds the WHERE clause of a trigram search: every word of the query must occur in the
 * record's `search_text`, so "bakker oss" finds "Bakkerij Jansen, Oss". The GIN trigram index
 * on `search_text` serves each LIKE.
 */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
