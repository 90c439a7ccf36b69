const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as `YYYY-MM-DD` (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
