import { addDays, dutchDate, isCalendarDate, localDate, localDateTime } from './local-date.js';

describe('Dutch calendar days', () => {
  it('takes the day in Amsterdam, not in UTC', () => {
    expect(localDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // 00:30 summer time
    expect(localDate(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02-01'); // 00:30 winter time
    expect(localDate(new Date('2026-01-31T22:59:00Z'))).toBe('2026-01-31');
  });

  it('finds the instant of a local time on both sides of a daylight-saving switch', () => {
    expect(localDateTime('2026-07-01', '08:00').toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(localDateTime('2026-01-15', '08:00').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(localDateTime('2026-03-29', '08:00').toISOString()).toBe('2026-03-29T06:00:00.000Z'); // the switch is at 02:00
    expect(localDateTime('2026-10-25', '08:00').toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });

  it('accepts only days that exist', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-7-1')).toBe(false);
    expect(isCalendarDate('01-07-2026')).toBe(false);
    expect(isCalendarDate('1999-12-31')).toBe(false);
  });

  it('counts days and writes them the Dutch way', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(dutchDate('2026-07-01')).toBe('1-7-2026');
  });
});
