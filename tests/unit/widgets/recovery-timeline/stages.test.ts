import { describe, expect, it } from 'vitest';
import {
  announceStop,
  describeStop,
  findStageSequenceProblems,
  formatStopTime,
  getDayStart,
  getStageIndexForDay,
  getStopCentre,
  getStops,
  reduceTimeline,
  type TimelineAction,
} from '../../../../src/components/widgets/recovery-timeline/model/stages';
import { STRINGS } from '../../../../src/components/widgets/recovery-timeline/strings';
import { STAGES, STOP_DAYS } from './fixtures';

const stops = getStops(STAGES);
const last = STOP_DAYS.length - 1;

describe('getStops', () => {
  it('lists every day of short stages and the chosen stops of long ones, in order', () => {
    expect(stops.map((s) => s.day)).toEqual(STOP_DAYS);
  });

  it('tags each stop with its stage', () => {
    expect(stops.map((s) => s.stageIndex)).toEqual([0, 1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7]);
  });
});

describe('getStageIndexForDay', () => {
  it.each([
    [0, 0],
    [2, 2],
    [4, 4],
    [7, 4],
    [8, 5],
    [28, 5],
    [29, 6],
    [180, 6],
    [181, 7],
    [365, 7],
    [900, 7],
    [-4, 0],
  ])('day %i is in stage %i', (day, stage) => {
    expect(getStageIndexForDay(STAGES, day)).toBe(stage);
  });
});

describe('reduceTimeline', () => {
  it.each<[string, number, TimelineAction, number]>([
    ['next', 0, { type: 'next' }, 1],
    ['next at the end', last, { type: 'next' }, last],
    ['previous at the start', 0, { type: 'previous' }, 0],
    ['previous from week 2', 8, { type: 'previous' }, 7],
    ['first', 12, { type: 'first' }, 0],
    ['last', 3, { type: 'last' }, last],
    ['next stage from day 0', 0, { type: 'nextStage' }, 1],
    ['next stage from day 5', 5, { type: 'nextStage' }, 8],
    ['next stage from the last stage', 17, { type: 'nextStage' }, last],
    ['previous stage from inside days 4-7', 6, { type: 'previousStage' }, 4],
    ['previous stage from the start of days 4-7', 4, { type: 'previousStage' }, 3],
    ['previous stage from week 3', 9, { type: 'previousStage' }, 8],
    ['previous stage from week 2', 8, { type: 'previousStage' }, 4],
    ['previous stage from day 0', 0, { type: 'previousStage' }, 0],
    ['select a stop past the end', 0, { type: 'selectStop', stopIndex: 99 }, last],
    ['select a negative stop', 5, { type: 'selectStop', stopIndex: -5 }, 0],
    ['select a stop that is not a number', 5, { type: 'selectStop', stopIndex: Number.NaN }, 0],
    ['select a fractional stop', 0, { type: 'selectStop', stopIndex: 2.6 }, 3],
    ['select day 5', 0, { type: 'selectDay', day: 5 }, 5],
    ['select day 10 (nearest stop in weeks 2-4 is day 14)', 0, { type: 'selectDay', day: 10 }, 8],
    ['select day 29 (nearest stop in months 1-6 is day 30)', 0, { type: 'selectDay', day: 29 }, 11],
    ['select day 45 (a tie goes to the earlier stop)', 0, { type: 'selectDay', day: 45 }, 11],
    ['select day 200', 0, { type: 'selectDay', day: 200 }, 17],
    ['select a day after the last stage', 0, { type: 'selectDay', day: 1000 }, last],
    ['select a negative day', 9, { type: 'selectDay', day: -3 }, 0],
  ])('%s', (_name, from, action, expected) => {
    expect(reduceTimeline({ stopIndex: from }, action, STAGES, stops)).toEqual({ stopIndex: expected });
  });

  it('stays at 0 when there are no stops', () => {
    expect(reduceTimeline({ stopIndex: 3 }, { type: 'next' }, [], [])).toEqual({ stopIndex: 0 });
  });
});

describe('time axis', () => {
  it.each([
    [0, 0],
    [3, 3 / 19],
    [7, 7 / 19],
    [8, 8 / 19],
    [14, 8 / 19],
    [30, 11 / 19],
    [366, 1],
  ])('day %i begins at %f of the axis', (day, position) => {
    expect(getDayStart(day, stops)).toBeCloseTo(position, 10);
  });

  it.each([
    [0, 19, 0.5 / 19],
    [18, 19, 18.5 / 19],
    [0, 0, 0],
  ])('stop %i of %i is centred at %f', (index, count, position) => {
    expect(getStopCentre(index, count)).toBeCloseTo(position, 10);
  });
});

describe('screen-reader text', () => {
  it.each([
    [0, 'day', 'Day 0'],
    [5, 'day', 'Day 5'],
    [14, 'week', 'Week 2'],
    [28, 'week', 'Week 4'],
    [30, 'month', 'Month 1'],
    [180, 'month', 'Month 6'],
    [270, 'month', 'Month 9'],
    [365, 'month', 'Month 12'],
  ] as const)('day %i counted in %ss reads "%s"', (day, unit, expected) => {
    expect(formatStopTime(day, unit, STRINGS.en)).toBe(expected);
  });

  it('counts in Spanish', () => {
    expect(formatStopTime(2, 'day', STRINGS.es)).toBe('Día 2');
    expect(formatStopTime(21, 'week', STRINGS.es)).toBe('Semana 3');
  });

  it('gives the day control a value text naming the day and what is happening', () => {
    expect(describeStop('Day 2', 'redness fading, skin may feel tight', STRINGS.en.valueText)).toBe(
      'Day 2: redness fading, skin may feel tight',
    );
  });

  it('announces the stage and its place in the sequence', () => {
    const text = announceStop(
      {
        time: 'Week 3',
        summary: 'skin usually looks normal again',
        stage: 'Weeks 2 to 4',
        stageIndex: 5,
        stageCount: 8,
      },
      STRINGS.en.announce,
    );
    expect(text).toBe('Week 3: skin usually looks normal again. Weeks 2 to 4, stage 6 of 8.');
  });
});

describe('findStageSequenceProblems', () => {
  it('accepts stages that tile time from day 0', () => {
    expect(findStageSequenceProblems(STAGES)).toEqual([]);
  });

  it.each([
    [
      'a gap',
      [
        { id: 'a', dayFrom: 0, dayTo: 2 },
        { id: 'b', dayFrom: 4, dayTo: 9 },
      ],
      /"b" starts on day 4/,
    ],
    [
      'an overlap',
      [
        { id: 'a', dayFrom: 0, dayTo: 5 },
        { id: 'b', dayFrom: 3, dayTo: 9 },
      ],
      /"a" ends on day 5/,
    ],
    ['a late start', [{ id: 'a', dayFrom: 1, dayTo: 5 }], /must start on day 0/],
    ['no stages', [], /no stages/],
  ])('reports %s', (_name, stages, message) => {
    expect(findStageSequenceProblems(stages).join('\n')).toMatch(message);
  });
});
