/**
 * The municipality's time zone. Due dates and "today" are Dutch calendar days, whatever zone
 * the server or the database happens to run in.
 */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists (no 31 April), between the years 2000 and 2999. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The calendar day (`YYYY-MM-DD`) it is at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string = MUNICIPAL_TIME_ZONE): string {
  const parts = wallClock(instant.getTime(), timeZone);
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The calendar day `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The instant at which the clocks in `timeZone` show `time` (`HH:MM`) on `date`. Computed from
 * the zone's offset at that moment, so it is right on both sides of a daylight-saving switch.
 */
export function localDateTime(date: string, time: string, timeZone: string = MUNICIPAL_TIME_ZONE): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = asIfUtc - zoneOffset(asIfUtc, timeZone);
  // The offset at the guess can differ from the one at the answer near a switch; one correction settles it.
  return new Date(asIfUtc - zoneOffset(first, timeZone));
}

/** "1-7-2026": how Dutch staff read a date. */
export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day}-${month}-${year}`;
}

function zoneOffset(instant: number, timeZone: string): number {
  const parts = wallClock(instant, timeZone);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

function wallClock(instant: number, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
