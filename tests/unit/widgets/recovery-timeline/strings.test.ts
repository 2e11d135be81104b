import { describe, expect, it } from 'vitest';
import { LANGS, STRINGS } from '../../../../src/components/widgets/recovery-timeline/strings';
import { fillTemplate } from '../../../../src/components/widgets/recovery-timeline/text';

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('strings', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(STRINGS.es).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });

  it.each(LANGS)('has no empty string in %s', (lang) => {
    const empty = Object.entries(STRINGS[lang]).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(Object.keys(STRINGS.en))('fills the same slots in both languages for %s', (key) => {
    const k = key as keyof typeof STRINGS.en;
    expect(slots(STRINGS.es[k])).toEqual(slots(STRINGS.en[k]));
  });

  it('translates the sentences rather than copying the English', () => {
    const copied = Object.keys(STRINGS.en).filter((key) => {
      const k = key as keyof typeof STRINGS.en;
      return STRINGS.en[k] === STRINGS.es[k] && /[a-z]{4,}/.test(STRINGS.en[k].replace(/\{\w+\}/g, ''));
    });
    expect(copied).toEqual([]);
  });
});

describe('fillTemplate', () => {
  it.each([
    ['Day {n}', { n: 3 }, 'Day 3'],
    ['{a} and {b}', { a: 'x', b: 'y' }, 'x and y'],
    ['{a} {a}', { a: 1 }, '1 1'],
    ['keeps {unknown}', {}, 'keeps {unknown}'],
    ['no slots', { n: 1 }, 'no slots'],
    ['{n}', { n: 0 }, '0'],
  ])('fills %j with %j', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});
