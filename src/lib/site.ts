/** The site's name as readers see it. */
export const SITE_NAME = 'SkinPen Guide';

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
