import { describe, expect, it } from 'vitest';
import { fillTemplate, formatNumber, getReferenceNumber } from '../../../../src/components/widgets/shared/text';

describe('fillTemplate', () => {
  it.each([
    ['Day {n}', { n: 3 }, 'Day 3'],
    ['{a} and {b}', { a: 'x', b: 'y' }, 'x and y'],
    ['{a} {a}', { a: 1 }, '1 1'],
    ['keeps {unknown}', {}, 'keeps {unknown}'],
    ['no slots', { n: 1 }, 'no slots'],
    ['{n}', { n: 0 }, '0'],
    ['{n}', { n: '' }, ''],
  ])('fills %j with %j', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    [0.0168, 'en', 3, '0.017'],
    [0.0168, 'es', 3, '0,017'],
    [1.25, 'en', 2, '1.25'],
    [2, 'es', 2, '2'],
    [1500.5, 'en', 3, '1500.5'],
  ])('writes %f in %s with at most %i decimals as %s', (value, locale, digits, expected) => {
    expect(formatNumber(value, locale, digits)).toBe(expected);
  });
});

describe('getReferenceNumber', () => {
  it.each([
    ['ref-74', '74'],
    ['ref-1', '1'],
    ['74', '74'],
  ])('reads %s as %s', (id, expected) => {
    expect(getReferenceNumber(id)).toBe(expected);
  });
});
