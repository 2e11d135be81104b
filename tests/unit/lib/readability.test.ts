import { describe, expect, it } from 'vitest';
import { measureReadability, median, splitSentences } from '../../../src/lib/readability';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Is it safe? Yes: mostly.', ['Is it safe?', 'Yes:', 'mostly.']],
    ['No stop at the end', ['No stop at the end']],
    ['', []],
    ['1.5 mm deep.', ['1.5 mm deep.']],
  ])('splits %j into %j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe('measureReadability', () => {
  it('returns grade 0 for no words', () => {
    expect(measureReadability([])).toEqual({ words: 0, sentences: 0, syllables: 0, grade: 0 });
  });

  it('applies the Flesch–Kincaid formula to counted words, sentences and syllables', () => {
    // "The cat sat." has 3 words, 1 sentence, 3 syllables:
    // 0.39 * 3 + 11.8 * 1 - 15.59 = -2.62
    expect(measureReadability(['The cat sat.'])).toEqual({ words: 3, sentences: 1, syllables: 3, grade: -2.6 });
  });

  it('treats each block as at least one sentence', () => {
    expect(measureReadability(['Redness', 'Swelling']).sentences).toBe(2);
  });

  it('rates long words and long sentences as harder', () => {
    const easy = measureReadability(['Your skin will be red. It fades in a few days.']);
    const hard = measureReadability([
      'Percutaneous collagen induction therapy precipitates inflammatory erythema, which characteristically dissipates subsequently.',
    ]);
    expect(hard.grade).toBeGreaterThan(easy.grade + 10);
  });
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for an empty list', () => {
    expect(median([])).toBeNaN();
  });
});
