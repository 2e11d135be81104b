/**
 * Calendar dates that never touch local midnight: every date is a plain year-month-day, sums go
 * through UTC day numbers and words are formatted in UTC, so a plan made in any time zone gives
 * the same calendar dates.
 */

/** A day on the calendar, with no time and no time zone. `month` runs 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Milliseconds since 1970 at UTC midnight of a date; handles years below 100 correctly. */
function toUtcMs(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t.getTime();
}

/** Whole days since 1970-01-01 (negative before it). */
export function toEpochDay(date: CalendarDate): number {
  return Math.round(toUtcMs(date.year, date.month, date.day) / MS_PER_DAY);
}

/** The calendar date of a day number from {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): CalendarDate {
  const t = new Date(epochDay * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function getDaysInMonth(year: number, month: number): number {
  return new Date(toUtcMs(year, month + 1, 0)).getUTCDate();
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The same day of the month `months` calendar months later, moved back to the month's last
 * day when that month is shorter (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, getDaysInMonth(year, month)) };
}

/** Days from `from` to `to` (positive when `to` is later). */
export function getDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The date written as YYYY-MM-DD, as a native date input expects. */
export function formatIsoDate(date: CalendarDate): string {
  const y = String(date.year).padStart(4, '0');
  return `${y}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Why a typed date could not be read. */
export type DateParseError = 'empty' | 'format' | 'impossible';

/** The outcome of reading a YYYY-MM-DD string. */
export type DateParseResult = { ok: true; date: CalendarDate } | { ok: false; reason: DateParseError };

/** Reads a YYYY-MM-DD string; rejects empty text, other formats and days that do not exist (31 February). */
export function parseIsoDate(text: string): DateParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return { ok: false, reason: 'format' };
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > getDaysInMonth(date.year, date.month)) {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, date };
}

/** The reader's calendar date at an instant, in the time zone the runtime is set to. */
export function getLocalCalendarDate(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** A Date at UTC noon of the calendar date, for Intl formatting with `timeZone: 'UTC'`. */
export function toUtcNoon(date: CalendarDate): Date {
  return new Date(toUtcMs(date.year, date.month, date.day) + MS_PER_DAY / 2);
}

/**
 * The locale to format dates with: the reader's first preferred locale in the widget's
 * language (so an `en-GB` reader gets day-month order), else the language itself.
 */
export function pickDateLocale(lang: string, preferred: readonly string[]): string {
  const match = preferred.find((tag) => tag.toLowerCase() === lang || tag.toLowerCase().startsWith(`${lang}-`));
  return match ?? lang;
}

/**
 * The weekday's length for a locale: short in English ("Tue"), whole in Spanish, where the short
 * "mar" (martes) reads as March or the sea and "mié" as a typo.
 */
function weekdayFor(locale: string): 'short' | 'long' {
  return /^es\b/i.test(locale) ? 'long' : 'short';
}

/** A calendar date in words for a locale, e.g. "Tue, March 31, 2026" or "martes, 31 de marzo de 2026"; the same in every time zone. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: weekdayFor(locale),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(toUtcNoon(date));
}

/** A calendar date in short words without the year, e.g. "Wed, Mar 4" or "miércoles, 4 mar". */
export function formatShortDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: weekdayFor(locale),
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(toUtcNoon(date));
}
