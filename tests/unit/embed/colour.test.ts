import { describe, expect, it } from 'vitest';
import { adjustForContrast, contrastRatio, parseHexColour, toHex } from '../../../src/embed/colour';

describe('parseHexColour', () => {
  it.each([
    ['#0b6363', [11, 99, 99]],
    ['#FFFFFF', [255, 255, 255]],
    ['0b6363', undefined],
    ['#fff', undefined],
    ['red', undefined],
    ['#12345g', undefined],
    ['#0b6363;background:url(x)', undefined],
  ])('parses %s', (text, expected) => {
    expect(parseHexColour(text)).toEqual(expected);
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('between %s and %s is %d', (a, b, expected) => {
    expect(contrastRatio(parseHexColour(a)!, parseHexColour(b)!)).toBeCloseTo(expected, 2);
  });
});

describe('adjustForContrast', () => {
  const white = parseHexColour('#ffffff')!;
  const dark = parseHexColour('#121619')!;

  it('keeps a colour that already passes', () => {
    expect(adjustForContrast(parseHexColour('#0b6363')!, white)).toEqual({ colour: [11, 99, 99], adjusted: false });
  });

  it.each([
    ['#ffee00', white],
    ['#7fd1ff', white],
    ['#1a1a6e', dark],
    ['#aa0000', dark],
  ])('darkens or lightens %s until it reaches 4.5:1', (hex, background) => {
    const { colour, adjusted } = adjustForContrast(parseHexColour(hex)!, background);
    expect(adjusted).toBe(true);
    expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(4.5);
    expect(toHex(colour)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
