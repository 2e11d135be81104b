import { describe, expect, it } from 'vitest';
import { listVariants, variantQuery } from '../../../src/embed/variants';

describe('listVariants', () => {
  const variants = listVariants({ regionIds: ['cheek', 'neck'], stopDays: [0, 3] });
  const paths = variants.map((v) => `${v.widget}/${v.segments.join('/')}`);

  it('lists language × planner × stop day for the timeline and language × area for layer-depth, defaults without a segment', () => {
    expect(paths).toEqual([
      'recovery-timeline/day-3',
      'recovery-timeline/planner',
      'recovery-timeline/planner/day-3',
      'recovery-timeline/es',
      'recovery-timeline/es/day-3',
      'recovery-timeline/es/planner',
      'recovery-timeline/es/planner/day-3',
      'layer-depth/cheek',
      'layer-depth/neck',
      'layer-depth/es',
      'layer-depth/es/cheek',
      'layer-depth/es/neck',
    ]);
  });

  it.each([
    ['recovery-timeline/es/planner/day-3', 'lang=es&planner=true&day=3'],
    ['recovery-timeline/day-3', 'day=3'],
    ['layer-depth/es/neck', 'lang=es&region=neck'],
  ])('%s carries the options %s', (path, query) => {
    const variant = variants[paths.indexOf(path)];
    expect(variant && variantQuery(variant)).toBe(query);
  });
});
