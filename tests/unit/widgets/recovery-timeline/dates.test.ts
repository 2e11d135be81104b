import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatCalendarDate,
  formatIsoDate,
  formatShortDate,
  getDaysBetween,
  getDaysInMonth,
  getLocalCalendarDate,
  parseIsoDate,
  pickDateLocale,
} from '../../../../src/components/widgets/recovery-timeline/model/dates';
import { TIME_ZONES, d, withTimeZone } from './fixtures';

describe('addDays', () => {
  it.each([
    ['2026-03-01', 30, '2026-03-31'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-31', -31, '2026-02-28'],
    ['2024-02-29', 365, '2025-02-28'],
    ['2026-10-15', 30, '2026-11-14'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('%s plus %i days is %s', (start, days, expected) => {
    expect(formatIsoDate(addDays(d(start), days))).toBe(expected);
  });

  it.each(TIME_ZONES)('gives the same dates across daylight-saving changes in $tz', ({ tz }) => {
    withTimeZone(tz, () => {
      expect(formatIsoDate(addDays(d('2026-03-01'), 30))).toBe('2026-03-31');
      expect(formatIsoDate(addDays(d('2026-10-15'), 30))).toBe('2026-11-14');
      expect(formatIsoDate(addDays(d('2026-03-20'), 30))).toBe('2026-04-19');
      expect(formatIsoDate(addDays(d('2026-09-20'), 14))).toBe('2026-10-04');
    });
  });
});

describe('addMonths', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-03-15', -12, '2025-03-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-10', -1, '2025-12-10'],
    ['2026-10-30', 6, '2027-04-30'],
  ])('%s plus %i months is %s', (start, months, expected) => {
    expect(formatIsoDate(addMonths(d(start), months))).toBe(expected);
  });
});

describe('getDaysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2028, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(getDaysInMonth(year, month)).toBe(days);
  });
});

describe('getDaysBetween', () => {
  it.each([
    ['2026-03-01', '2026-03-31', 30],
    ['2026-03-31', '2026-03-01', -30],
    ['2028-02-01', '2028-03-01', 29],
    ['2026-01-01', '2027-01-01', 365],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(getDaysBetween(d(from), d(to))).toBe(days);
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['2026-02-31', 'impossible'],
    ['2027-02-29', 'impossible'],
    ['1900-02-29', 'impossible'],
    ['2026-04-31', 'impossible'],
    ['2026-13-01', 'impossible'],
    ['2026-00-10', 'impossible'],
    ['2026-01-00', 'impossible'],
    ['26-3-1', 'format'],
    ['2026/03/01', 'format'],
    ['tomorrow', 'format'],
    ['2026-03-01T10:00', 'format'],
  ])('rejects %j as %s', (text, reason) => {
    expect(parseIsoDate(text)).toEqual({ ok: false, reason });
  });

  it.each([
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    [' 2026-03-01 ', { year: 2026, month: 3, day: 1 }],
    ['2026-12-31', { year: 2026, month: 12, day: 31 }],
  ])('reads %j', (text, date) => {
    expect(parseIsoDate(text)).toEqual({ ok: true, date });
  });
});

describe('getLocalCalendarDate', () => {
  it.each([
    ['America/New_York', '2026-03-08T04:30:00Z', '2026-03-07'],
    ['Europe/London', '2026-03-08T04:30:00Z', '2026-03-08'],
    ['Pacific/Auckland', '2026-03-08T04:30:00Z', '2026-03-08'],
    ['Pacific/Auckland', '2026-06-30T13:00:00Z', '2026-07-01'],
    ['America/New_York', '2026-06-30T13:00:00Z', '2026-06-30'],
    ['Europe/London', '2026-06-30T23:30:00Z', '2026-07-01'],
  ])('in %s, the instant %s is the calendar date %s', (tz, instant, expected) => {
    withTimeZone(tz, () => {
      expect(formatIsoDate(getLocalCalendarDate(new Date(instant)))).toBe(expected);
    });
  });
});

describe('date formatting', () => {
  it.each(TIME_ZONES)('formats the same calendar day in $tz', ({ tz }) => {
    withTimeZone(tz, () => {
      expect(formatCalendarDate(d('2026-03-31'), 'en')).toBe('Tue, March 31, 2026');
      expect(formatCalendarDate(d('2026-03-31'), 'en-GB')).toBe('Tue, 31 March 2026');
      expect(formatCalendarDate(d('2026-03-31'), 'es')).toBe('martes, 31 de marzo de 2026');
      expect(formatShortDate(d('2026-03-31'), 'es')).toBe('martes, 31 mar');
    });
  });

  it.each([
    ['en', ['en-GB', 'fr'], 'en-GB'],
    ['en', ['fr', 'de'], 'en'],
    ['es', ['en-US', 'es-MX'], 'es-MX'],
    ['es', [], 'es'],
    ['en', ['EN-au'], 'EN-au'],
    ['es', ['est'], 'es'],
  ])('picks a %s locale from %j: %s', (lang, preferred, expected) => {
    expect(pickDateLocale(lang, preferred)).toBe(expected);
  });
});
