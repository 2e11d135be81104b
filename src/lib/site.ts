import type { Section } from '../content/schemas';

/** The site's name as readers see it. */
export const SITE_NAME = 'SkinPen Guide';

/** One-line description of the site for the home page and meta tags. */
export const SITE_DESCRIPTION =
  'An independent, sourced, plain-language guide to SkinPen microneedling: how it works, what the evidence shows, and what to expect.';

/** Reader-facing names and one-line summaries of each section, in reading order. */
export const SECTION_INFO: Record<Section, { label: string; summary: string }> = {
  understand: { label: 'Understand', summary: 'What SkinPen is, how it works, and what it can and cannot do.' },
  decide: { label: 'Decide', summary: 'Whether it suits you, and how it compares with other options.' },
  prepare: { label: 'Prepare', summary: 'Getting ready, and what happens on the day.' },
  recover: { label: 'Recover', summary: 'What to expect day by day, and how to care for your skin.' },
  results: { label: 'Results', summary: 'When change shows, and how many sessions people usually have.' },
  safety: { label: 'Safety', summary: 'Side effects, rare problems, and when and where to get help.' },
  about: { label: 'About', summary: 'Common questions, and how this guide is written and checked.' },
};

/**
 * Where readers report an error: the deployment's issue tracker or contact address, set with
 * the REPORT_ERROR_URL environment variable at build time (README, "Deploying"); until one is
 * set, the about page's section on reporting errors.
 */
export const REPORT_ERROR_URL = process.env['REPORT_ERROR_URL'] ?? '/articles/about-this-guide/#how-to-report-an-error';

/** Formats a date for display as e.g. "25 November 2026", in UTC so build time zone never shifts it. */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** ISO calendar date (YYYY-MM-DD) of a date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
