import { describe, expect, it } from 'vitest';
import { getDepthForAction, listSettings, snapDepth } from '../../../../src/components/widgets/layer-depth/model/depth';
import { createDepthScale, spreadLabels } from '../../../../src/components/widgets/layer-depth/model/layout';
import type { DeviceSettings } from '../../../../src/components/widgets/layer-depth/types';
import { getSliderKeyAction } from '../../../../src/components/widgets/shared/slider-keys';

/** What a key press does to the depth, through the shared slider keys, as the widget's hook does it. */
function getDepthForKey(key: string, depthMm: number, settings: DeviceSettings): number | null {
  const action = getSliderKeyAction(key);
  return action === null ? null : getDepthForAction(action, depthMm, settings);
}

const pen: DeviceSettings = { minMm: 0, maxMm: 2.5, stepMm: 0.25, sources: ['ref-9'] };

describe('snapDepth', () => {
  it.each([
    [0, 0],
    [0.25, 0.25],
    [1.5, 1.5],
    [2.5, 2.5],
    [0.1 + 0.2, 0.25],
    [0.7500000000000001, 0.75],
    [0.7499999999999999, 0.75],
    [0.1 * 3, 0.25],
    [1.1, 1],
    [0.124, 0],
    [0.125, 0.25],
    [0.374, 0.25],
    [0.375, 0.5],
    [2.37, 2.25],
    [2.38, 2.5],
    [2.4999999, 2.5],
    [-0.1, 0],
    [-5, 0],
    [3, 2.5],
    [99, 2.5],
    [Number.POSITIVE_INFINITY, 2.5],
    [Number.NEGATIVE_INFINITY, 0],
    [Number.NaN, 0],
  ])('snaps %s mm to %s mm', (input, expected) => {
    expect(snapDepth(input, pen)).toBe(expected);
  });

  it('snaps to a grid that does not start at zero', () => {
    const offset: DeviceSettings = { minMm: 0.5, maxMm: 2, stepMm: 0.5, sources: [] };
    expect([0, 0.7, 0.8, 1.3, 2.2].map((d) => snapDepth(d, offset))).toEqual([0.5, 0.5, 1, 1.5, 2]);
  });

  it('never returns a setting above a maximum that is off the step grid', () => {
    const odd: DeviceSettings = { minMm: 0, maxMm: 2.6, stepMm: 0.25, sources: [] };
    expect(snapDepth(2.6, odd)).toBe(2.5);
  });
});

describe('listSettings', () => {
  it('lists the eleven settings from 0 to 2.5 mm exactly', () => {
    expect(listSettings(pen)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5]);
  });
});

describe('getDepthForKey', () => {
  it.each([
    ['ArrowRight', 1, 1.25],
    ['ArrowUp', 1, 1.25],
    ['ArrowLeft', 1, 0.75],
    ['ArrowDown', 1, 0.75],
    ['PageUp', 1, 2],
    ['PageDown', 1, 0],
    ['PageUp', 2, 2.5],
    ['PageDown', 0.5, 0],
    ['Home', 1.75, 0],
    ['End', 0.25, 2.5],
    ['ArrowRight', 2.5, 2.5],
    ['ArrowLeft', 0, 0],
    ['ArrowRight', 0.7500000000000001, 1],
  ])('moves %s from %s mm to %s mm', (key, from, to) => {
    expect(getDepthForKey(key, from, pen)).toBe(to);
  });

  it.each(['Enter', 'a', 'Tab', ' '])('ignores the %j key', (key) => {
    expect(getDepthForKey(key, 1, pen)).toBeNull();
  });

  it('reaches exactly 2.5 mm after ten ArrowRight presses, with no float drift on the way', () => {
    const seen: number[] = [];
    let depth = 0;
    for (let i = 0; i < 10; i += 1) {
      depth = getDepthForKey('ArrowRight', depth, pen) ?? Number.NaN;
      seen.push(depth);
    }
    expect(seen).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5]);
  });
});

describe('createDepthScale', () => {
  const scale = createDepthScale(pen);

  it('draws down to two settings past the deepest one', () => {
    expect(scale.displayMaxMm).toBe(3);
    expect(scale.bottomY).toBe(356);
  });

  it.each([
    [0, 56],
    [0.25, 81],
    [1, 156],
    [1.5, 206],
    [2.5, 306],
    [0.0168, 57.7],
    [-1, 56],
    [9, 356],
  ])('puts %s mm at y %s', (mm, y) => {
    expect(scale.y(mm)).toBe(y);
  });

  it('has one tick per setting step and numbers every second one', () => {
    expect(scale.ticks).toHaveLength(13);
    expect(scale.ticks.filter((t) => t.major).map((t) => t.mm)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });
});

describe('spreadLabels', () => {
  it.each([
    [
      [10, 50, 100],
      [10, 50, 100],
    ],
    [
      [50, 52, 54],
      [50, 66, 82],
    ],
    [
      [50, 60.55, 200],
      [50, 66, 200],
    ],
    [
      [300, 340, 350],
      [300, 334, 350],
    ],
    [
      [340, 345, 350],
      [318, 334, 350],
    ],
    [[], []],
  ])('places labels wanting %j at %j (gap 16, lowest 350)', (desired, expected) => {
    expect(spreadLabels(desired, 16, 350)).toEqual(expected);
  });
});
