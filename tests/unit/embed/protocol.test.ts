import { describe, expect, it } from 'vitest';
import { createHeightMessage, HEIGHT_MESSAGE, MAX_HEIGHT_PX, readHeightMessage } from '../../../src/embed/protocol';

const site = 'https://guide.example';

describe('createHeightMessage', () => {
  it('rounds the height up and names the widget', () => {
    expect(createHeightMessage('layer-depth', 812.2)).toEqual({
      type: HEIGHT_MESSAGE,
      widget: 'layer-depth',
      height: 813,
    });
  });
});

describe('readHeightMessage', () => {
  it.each([
    ['a message from this site', { type: 'skinpen:height', widget: 'x', height: 640 }, site, 640],
    [
      'a message from another origin',
      { type: 'skinpen:height', widget: 'x', height: 640 },
      'https://evil.example',
      undefined,
    ],
    ['another type', { type: 'resize', height: 640 }, site, undefined],
    ['a string', 'skinpen:height 640', site, undefined],
    ['null', null, site, undefined],
    ['a height that is not a number', { type: 'skinpen:height', height: '640' }, site, undefined],
    ['a negative height', { type: 'skinpen:height', height: -5 }, site, undefined],
    ['an enormous height', { type: 'skinpen:height', height: MAX_HEIGHT_PX + 1 }, site, undefined],
    ['an infinite height', { type: 'skinpen:height', height: Infinity }, site, undefined],
    ['a fractional height', { type: 'skinpen:height', height: 99.1 }, site, 100],
  ])('reads %s as %s', (_name, data, origin, expected) => {
    expect(readHeightMessage(data, origin, site)).toBe(expected);
  });
});
