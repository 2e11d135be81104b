/**
 * The site's languages and what differs between them outside the words: URL prefix, HTML
 * `lang`, Open Graph locale and the locale numbers and dates are formatted in. The words
 * themselves live in src/lib/strings/. English is the default and has no URL prefix; every
 * other language lives under `/<code>/` (Astro's i18n routing, astro.config.mjs: pages build
 * links with `getRelativeLocaleUrl` from `astro:i18n`).
 */

import { LANGS } from '../components/widgets/shared/i18n';

/** Every language of the site, default first: the widgets' language list, written once. */
export const LOCALES = LANGS;

/** One language of the site. */
export type Locale = (typeof LOCALES)[number];

/** The language of unprefixed URLs. */
export const DEFAULT_LOCALE: Locale = 'en';

/** What each language needs besides its words. */
export const LOCALE_INFO: Record<
  Locale,
  {
    /** Value of `<html lang>`, `hreflang` and JSON-LD `inLanguage`; Pagefind splits its index by it. */
    htmlLang: string;
    /** Open Graph `og:locale`: both versions are written for readers in the US. */
    ogLocale: string;
    /** Intl locale for numbers and dates: a decimal point and US day names in both. */
    intl: string;
    /** The language's name in itself, as the language switch shows it. */
    name: string;
  }
> = {
  en: { htmlLang: 'en', ogLocale: 'en_US', intl: 'en-US', name: 'English' },
  es: { htmlLang: 'es', ogLocale: 'es_US', intl: 'es-US', name: 'Español' },
};

/** True when `value` is one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The site language for a value such as `Astro.currentLocale`; anything unknown is the default. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The language a URL path belongs to, and the path without its language prefix (always starting with "/"). */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(pathname);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) {
    return { locale: match[1], path: match[2] || '/' };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** A page's address in each language it exists in (its own included). */
export type PageVersions = Partial<Record<Locale, string>>;

/**
 * The `<link rel="alternate" hreflang>` entries of a page: one per language it exists in, and
 * `x-default` pointing at the English version. None for a page that exists in one language only.
 */
export function buildAlternates(versions: PageVersions): { hreflang: string; path: string }[] {
  const present = LOCALES.filter((l) => versions[l] !== undefined);
  if (present.length < 2) return [];
  const links = present.map((l) => ({ hreflang: LOCALE_INFO[l].htmlLang, path: versions[l] as string }));
  const fallback = versions[DEFAULT_LOCALE];
  return fallback ? [...links, { hreflang: 'x-default', path: fallback }] : links;
}

/**
 * Where the language switch leads from a page in `current`, for each other language: the
 * page's twin when it has one, else `fallbacks[language]` (an index in that language) marked
 * as missing, so the switch never leads to a page that does not exist.
 */
export function buildSwitchTargets(
  current: Locale,
  versions: PageVersions,
  fallbacks: Record<Locale, string>,
): { locale: Locale; path: string; missing: boolean }[] {
  return LOCALES.filter((l) => l !== current).map((l) => {
    const twin = versions[l];
    return twin === undefined
      ? { locale: l, path: fallbacks[l], missing: true }
      : { locale: l, path: twin, missing: false };
  });
}

/**
 * How a page in `locale` should link to an internal English address written in its content:
 * to the twin when `available` (unprefixed paths that exist in `locale`, with `#id` for glossary
 * entries) holds it, else to the English page, marked `foreign` so the link can say so.
 * Undefined for links it leaves alone: other sites, fragments on the same page, and links that
 * already carry a language prefix.
 */
export function localizeInternalLink(
  href: string,
  locale: Locale,
  available: ReadonlySet<string>,
): { href: string; foreign: boolean } | undefined {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//')) return undefined;
  if (splitLocalePath(href).locale !== DEFAULT_LOCALE) return undefined;
  const hashAt = href.indexOf('#');
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const key = path === '/glossary/' && hash ? path + hash : path;
  return available.has(key) ? { href: `/${locale}${href}`, foreign: false } : { href, foreign: true };
}
