import { describe, expect, it } from 'vitest';
import { getSliderKeyAction } from '../../../../src/components/widgets/shared/slider-keys';

describe('getSliderKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowUp', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowDown', 'previous'],
    ['PageUp', 'nextPage'],
    ['PageDown', 'previousPage'],
    ['Home', 'first'],
    ['End', 'last'],
  ])('maps %s to %s', (key, action) => {
    expect(getSliderKeyAction(key)).toBe(action);
  });

  it.each(['Enter', ' ', 'Tab', 'a', 'toString', '__proto__', 'hasOwnProperty'])('ignores %j', (key) => {
    expect(getSliderKeyAction(key)).toBeNull();
  });
});
