import { describe, expect, it } from 'vitest';
import { findNeighbours, groupBySection, sortInReadingOrder } from '../../../src/lib/articles';
import type { Section } from '../../../src/content/schemas';

const make = (id: string, section: Section, order: number) => ({ id, data: { section, order, title: id } });

describe('sortInReadingOrder', () => {
  it('orders by section in journey order, then by order, then by title', () => {
    const sorted = sortInReadingOrder([
      make('risks', 'safety', 1),
      make('faq', 'about', 1),
      make('how', 'understand', 2),
      make('what', 'understand', 1),
      make('b-prep', 'prepare', 1),
      make('a-prep', 'prepare', 1),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['what', 'how', 'a-prep', 'b-prep', 'risks', 'faq']);
  });
});

describe('findNeighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('gives %s the previous %s and the next %s', (id, previous, next) => {
    const n = findNeighbours(list, id);
    expect(n.previous?.id).toBe(previous);
    expect(n.next?.id).toBe(next);
  });

  it('gives an unknown id no neighbours', () => {
    expect(findNeighbours(list, 'zzz')).toEqual({});
  });
});

describe('groupBySection', () => {
  it('keeps journey order and leaves out empty sections', () => {
    const groups = groupBySection([make('x', 'recover', 1), make('y', 'understand', 1)]);
    expect(groups.map((g) => g.section)).toEqual(['understand', 'recover']);
  });
});
