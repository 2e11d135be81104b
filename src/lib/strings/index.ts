import { LOCALE_INFO, type Locale } from '../i18n';
import { en, type SiteStrings } from './en';
import { es } from './es';

export type { SiteStrings };

const TABLES: Record<Locale, SiteStrings> = { en, es };

/** The site's strings table for a language. */
export function getStrings(locale: Locale): SiteStrings {
  return TABLES[locale];
}

/**
 * Fills `{name}` placeholders from `values`; a placeholder without a value throws, naming it,
 * so a strings table and the page that fills it cannot drift apart silently.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`fillTemplate: no value for {${name}} in "${template}"`);
    return String(value);
  });
}

/**
 * Splits a template around one placeholder, so a page can put markup (a link) where it was:
 * `splitTemplate('See the {link}.', 'link')` gives `['See the ', '.']`.
 */
export function splitTemplate(template: string, name: string): [before: string, after: string] {
  const marker = `{${name}}`;
  const at = template.indexOf(marker);
  if (at < 0) throw new Error(`splitTemplate: "${template}" has no {${name}}`);
  return [template.slice(0, at), template.slice(at + marker.length)];
}

/** A calendar date as readers of `locale` write it ("November 25, 2026", "25 de noviembre de 2026"), in UTC. */
export function formatLongDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A number as readers of `locale` write it, with a decimal point in both languages ("1.5", "7,000"). */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE_INFO[locale].intl, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
