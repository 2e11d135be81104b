/** Small pure helpers that turn numbers and dates into reader-facing text. */
import { toUtcNoon, type CalendarDate } from './dates';

/** Fills `{name}` slots in a template; unknown slots are left as they are. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}

/**
 * The locale to format dates with: the reader's first preferred locale in the widget's
 * language (so an `en-GB` reader gets day-month order), else the language itself.
 */
export function pickDateLocale(lang: string, preferred: readonly string[]): string {
  const match = preferred.find((tag) => tag.toLowerCase() === lang || tag.toLowerCase().startsWith(`${lang}-`));
  return match ?? lang;
}

/** A calendar date in words for a locale, e.g. "Tue, March 31, 2026"; the same in every time zone. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(toUtcNoon(date));
}

/** A calendar date in short words without the year, e.g. "Wed, Mar 4". */
export function formatShortDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    toUtcNoon(date),
  );
}

/** The number in a `ref-N` id, for a short citation label. */
export function getReferenceNumber(id: string): string {
  return id.replace(/^ref-/, '');
}
