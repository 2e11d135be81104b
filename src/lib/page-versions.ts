/** Build-time helper for pages that exist in every language. */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { LOCALES, type PageVersions } from './i18n';

/** The address of a page that exists in every language (`path` unprefixed, e.g. "articles/"), by language. */
export function everyLanguage(path: string): PageVersions {
  return Object.fromEntries(LOCALES.map((l) => [l, getRelativeLocaleUrl(l, path)]));
}
