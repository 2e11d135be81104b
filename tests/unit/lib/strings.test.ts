// The strings tables: every language has every key, with the same placeholders, and the
// helpers that fill them refuse what does not fit. Expected texts are written out here.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/strings/en';
import { es } from '../../../src/lib/strings/es';
import { fillTemplate, formatLongDate, formatNumber, splitTemplate } from '../../../src/lib/strings';

/** Every leaf of a table as [dotted key, text]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the strings tables', () => {
  const enLeaves = new Map(leaves(en));
  const esLeaves = new Map(leaves(es));

  it('have the same keys in both languages', () => {
    expect([...esLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it.each([...enLeaves.keys()])('%s has the same placeholders in Spanish and is not empty', (key) => {
    const english = enLeaves.get(key) ?? '';
    const spanish = esLeaves.get(key) ?? '';
    expect(spanish.trim()).not.toBe('');
    expect(placeholders(spanish)).toEqual(placeholders(english));
  });

  it('uses tú, never usted, in Spanish', () => {
    const usted = [...esLeaves].filter(([, text]) => /\b(usted|su profesional|consulte|lea)\b/i.test(text));
    expect(usted).toEqual([]);
  });
});

describe('fillTemplate and splitTemplate', () => {
  it('fills every placeholder', () => {
    expect(fillTemplate('{count} resultados para “{query}”.', { count: 3, query: 'acné' })).toBe(
      '3 resultados para “acné”.',
    );
  });

  it('refuses a placeholder without a value, naming it', () => {
    expect(() => fillTemplate('Hola {name}', {})).toThrow(/\{name\}/);
  });

  it('splits around a placeholder so markup can go there', () => {
    expect(splitTemplate('Todas las fuentes están en la {link}.', 'link')).toEqual([
      'Todas las fuentes están en la ',
      '.',
    ]);
    expect(() => splitTemplate('No link here.', 'link')).toThrow(/\{link\}/);
  });
});

describe('formats for US readers in both languages', () => {
  const day = new Date('2026-11-25T00:00:00Z');
  it.each([
    ['en', 'November 25, 2026'],
    ['es', '25 de noviembre de 2026'],
  ] as const)('writes a date in %s as %s', (locale, expected) => {
    expect(formatLongDate(day, locale)).toBe(expected);
  });

  it.each([
    ['en', 1.5, 1, '1.5'],
    ['es', 1.5, 1, '1.5'],
    ['es', 7000, 0, '7,000'],
    ['es', 79.34, 0, '79'],
  ] as const)('writes a number in %s: %d with %d decimals as %s', (locale, value, digits, expected) => {
    expect(formatNumber(value, locale, digits)).toBe(expected);
  });
});
