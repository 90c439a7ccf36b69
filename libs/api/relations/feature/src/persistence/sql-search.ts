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

/** Collects SQL conditions with numbered parameters. */
export class SqlConditions {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a condition; each `?` becomes the next numbered parameter. */
  add(sql: string, ...values: unknown[]): this {
    let text = sql;
    for (const value of values) {
      this.params.push(value);
      text = text.replace('?', `$${this.params.length}`);
    }
    this.conditions.push(text);
    return this;
  }

  /** Registers a parameter without a condition and returns its placeholder, e.g. for ORDER BY. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  get where(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
