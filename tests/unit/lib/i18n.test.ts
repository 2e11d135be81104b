import { describe, expect, it } from 'vitest';
import {
  buildAlternates,
  buildSwitchTargets,
  localizeInternalLink,
  splitLocalePath,
  toLocale,
} from '../../../src/lib/i18n';

describe('toLocale', () => {
  it.each([
    ['es', 'es'],
    ['en', 'en'],
    [undefined, 'en'],
    ['fr', 'en'],
    ['ES', 'en'],
  ])('reads %j as %j', (value, expected) => {
    expect(toLocale(value)).toBe(expected);
  });
});

describe('splitLocalePath', () => {
  it.each([
    ['/', { locale: 'en', path: '/' }],
    ['/articles/aftercare/', { locale: 'en', path: '/articles/aftercare/' }],
    ['/es/', { locale: 'es', path: '/' }],
    ['/es', { locale: 'es', path: '/' }],
    ['/es/articles/what-is-skinpen/', { locale: 'es', path: '/articles/what-is-skinpen/' }],
    ['/en/articles/', { locale: 'en', path: '/en/articles/' }],
    ['/essays/', { locale: 'en', path: '/essays/' }],
  ])('splits %j', (pathname, expected) => {
    expect(splitLocalePath(pathname)).toEqual(expected);
  });
});

describe('buildAlternates', () => {
  it('lists every language a page exists in, and x-default pointing at the English', () => {
    expect(buildAlternates({ en: '/articles/a/', es: '/es/articles/a/' })).toEqual([
      { hreflang: 'en', path: '/articles/a/' },
      { hreflang: 'es', path: '/es/articles/a/' },
      { hreflang: 'x-default', path: '/articles/a/' },
    ]);
  });

  it.each([[{ en: '/for-clinics/' }], [{ es: '/es/only/' }], [{}]])(
    'gives none for a page in one language: %j',
    (v) => {
      expect(buildAlternates(v)).toEqual([]);
    },
  );
});

describe('buildSwitchTargets', () => {
  const fallbacks = { en: '/articles/', es: '/es/articles/' };
  it('leads to the twin when there is one', () => {
    expect(buildSwitchTargets('en', { en: '/articles/a/', es: '/es/articles/a/' }, fallbacks)).toEqual([
      { locale: 'es', path: '/es/articles/a/', missing: false },
    ]);
    expect(buildSwitchTargets('es', { en: '/articles/a/', es: '/es/articles/a/' }, fallbacks)).toEqual([
      { locale: 'en', path: '/articles/a/', missing: false },
    ]);
  });

  it('leads to the other language’s index, marked missing, when there is no twin', () => {
    expect(buildSwitchTargets('en', { en: '/articles/b/' }, fallbacks)).toEqual([
      { locale: 'es', path: '/es/articles/', missing: true },
    ]);
  });
});

describe('localizeInternalLink', () => {
  const available = new Set(['/', '/articles/', '/articles/what-is-skinpen/', '/glossary/', '/glossary/#skinpen']);
  it.each([
    ['/articles/what-is-skinpen/', { href: '/es/articles/what-is-skinpen/', foreign: false }],
    ['/articles/what-is-skinpen/#the-parts', { href: '/es/articles/what-is-skinpen/#the-parts', foreign: false }],
    ['/articles/aftercare/', { href: '/articles/aftercare/', foreign: true }],
    ['/glossary/#skinpen', { href: '/es/glossary/#skinpen', foreign: false }],
    ['/glossary/#granuloma', { href: '/glossary/#granuloma', foreign: true }],
    ['/for-clinics/', { href: '/for-clinics/', foreign: true }],
    ['/', { href: '/es/', foreign: false }],
  ])('points %j from a Spanish page to %j', (href, expected) => {
    expect(localizeInternalLink(href, 'es', available)).toEqual(expected);
  });

  it.each([['https://www.fda.gov/'], ['#source-1'], ['//cdn.example/x'], ['/es/articles/'], ['mailto:a@b.c']])(
    'leaves %j alone',
    (href) => {
      expect(localizeInternalLink(href, 'es', available)).toBeUndefined();
    },
  );

  it('leaves every link on an English page alone', () => {
    expect(localizeInternalLink('/articles/aftercare/', 'en', available)).toBeUndefined();
  });
});
