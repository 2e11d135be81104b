import { describe, expect, it } from 'vitest';
import { describeTiming, formatHours, hoursToDay, toDayTiming } from '../../../src/lib/timing';

describe('formatHours', () => {
  it.each([
    [1, 'en', '1 hour'],
    [24, 'en', '24 hours'],
    [48, 'en', '48 hours'],
    [72, 'en', '72 hours'],
    [96, 'en', '4 days'],
    [100, 'en', '100 hours'],
    [168, 'en', '7 days'],
    [336, 'en', '2 weeks'],
    [720, 'en', '30 days'],
    [24, 'es', '24 horas'],
    [168, 'es', '7 días'],
    [336, 'es', '2 semanas'],
    [1, 'es', '1 hora'],
  ] as const)('says %i hours in %s as "%s"', (hours, lang, words) => {
    expect(formatHours(hours, lang)).toBe(words);
  });
});

describe('hoursToDay', () => {
  it.each([
    [0, 0],
    [1, 1],
    [24, 1],
    [25, 2],
    [48, 2],
    [168, 7],
  ])('puts %i hours on day %i', (hours, day) => {
    expect(hoursToDay(hours)).toBe(day);
  });
});

describe('toDayTiming', () => {
  it.each([
    ['agreeing sources', { minHours: 24, maxHours: 24 }, 24, { avoidUntilDay: 1, fineFromDay: 1 }],
    [
      'a disputed range',
      { minHours: 24, maxHours: 48 },
      48,
      { avoidUntilDay: 1, fineFromDay: 2, earliestStatedDay: 1 },
    ],
    [
      'a week against 72 hours',
      { minHours: 72, maxHours: 168 },
      168,
      { avoidUntilDay: 3, fineFromDay: 7, earliestStatedDay: 3 },
    ],
    ['a range inside one day', { minHours: 20, maxHours: 24 }, 24, { avoidUntilDay: 1, fineFromDay: 1 }],
    ['no time at all', null, null, { avoidUntilDay: 0, fineFromDay: null }],
  ] as const)('turns %s into days', (_name, sourcesRange, fineFromHours, expected) => {
    expect(toDayTiming({ sourcesRange, fineFromHours })).toEqual(expected);
  });
});

describe('describeTiming', () => {
  it('gives the cautious time and the range where sources differ', () => {
    expect(describeTiming({ sourcesRange: { minHours: 24, maxHours: 48 }, fineFromHours: 48 }, 'en')).toEqual({
      time: '48 hours',
      range: '(sources range from 24 hours to 48 hours; we give the more cautious)',
    });
    expect(describeTiming({ sourcesRange: { minHours: 72, maxHours: 168 }, fineFromHours: 168 }, 'es')).toEqual({
      time: '7 días',
      range: '(las fuentes van de 72 horas a 7 días; damos el plazo más prudente)',
    });
  });

  it('gives no range where sources agree', () => {
    expect(describeTiming({ sourcesRange: { minHours: 24, maxHours: 24 }, fineFromHours: 24 }, 'en')).toEqual({
      time: '24 hours',
      range: null,
    });
  });

  it('says to ask the provider where no source gives a time', () => {
    expect(describeTiming({ sourcesRange: null, fineFromHours: null }, 'en').time).toMatch(/ask your provider/);
  });
});
