import { describe, expect, it } from 'vitest';
import { isLang, localize } from '../../../../src/components/widgets/shared/i18n';

describe('localize', () => {
  it.each([
    ['a text in every language', { en: 'Cheek', es: 'Mejilla' }, 'es', 'Mejilla'],
    ['nested texts', { id: 'x', label: { en: 'A', es: 'B' }, n: 3 }, 'en', { id: 'x', label: 'A', n: 3 }],
    [
      'texts in lists',
      { items: [{ text: { en: 'one', es: 'uno' }, sources: ['ref-1'] }] },
      'es',
      { items: [{ text: 'uno', sources: ['ref-1'] }] },
    ],
    ['null, kept', { note: null, label: { en: 'A', es: 'B' } }, 'es', { note: null, label: 'B' }],
    ['undefined fields, left out', { a: 1, b: undefined }, 'en', { a: 1 }],
    ['an object with other keys, not a text', { en: 'x', es: 'y', fr: 'z' }, 'es', { en: 'x', es: 'y', fr: 'z' }],
    ['an object missing a language, not a text', { en: 'x' }, 'es', { en: 'x' }],
    ['plain values', 4, 'en', 4],
  ] as const)('turns %s into one language', (_case, value, lang, expected) => {
    expect(localize(value, lang)).toEqual(expected);
  });

  it('leaves the original untouched', () => {
    const value = { label: { en: 'A', es: 'B' }, list: [1, 2] };
    const copy = localize(value, 'en');
    copy.list.push(3);
    expect(value).toEqual({ label: { en: 'A', es: 'B' }, list: [1, 2] });
  });
});

describe('isLang', () => {
  it.each([
    ['en', true],
    ['es', true],
    ['fr', false],
    ['ES', false],
    ['', false],
    [undefined, false],
  ])('says %j is a language: %s', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});
