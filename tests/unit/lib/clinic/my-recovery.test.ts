import { describe, expect, it } from 'vitest';
import { personalise } from '../../../../src/components/clinic-kit/my-recovery';
import { recoveryTimelineProps as makeProps } from '../../../support/content';

const today = { year: 2026, month: 3, day: 10 };

describe('personalise', () => {
  const base = makeProps('en');

  it.each([
    [{ year: 2026, month: 3, day: 10 }, 0, 0],
    [{ year: 2026, month: 3, day: 3 }, 7, 7],
    [{ year: 2026, month: 3, day: 14 }, -4, 0],
    [{ year: 2025, month: 3, day: 10 }, 365, 365],
  ])('opens a session on %j at day %i (timeline day %i)', (sessionDate, sessionDay, initialDay) => {
    const props = personalise(base, { sessionDate, clinic: {} }, today, 'en');
    expect([props.sessionDay, props.initialDay]).toEqual([sessionDay, initialDay]);
  });

  it('counts the day across a spring clock change the same way (calendar days, not hours)', () => {
    const props = personalise(
      base,
      { sessionDate: { year: 2026, month: 3, day: 7 }, clinic: {} },
      { year: 2026, month: 3, day: 9 },
      'en',
    );
    expect(props.sessionDay).toBe(2);
  });

  it('uses the clinic’s in-range timing on the day scale and says so', () => {
    const props = personalise(base, { clinic: { timings: { makeup: 24, exercise: 999 } } }, today, 'en');
    const makeup = props.activities.find((a) => a.id === 'makeup');
    expect(makeup).toMatchObject({
      avoidUntilDay: 1,
      fineFromDay: 1,
      clinicNote: 'Your clinic: 24 hours · sources range from 24 hours to 48 hours',
    });
    expect(makeup?.earliestStatedDay).toBeUndefined();
    expect(props.activities.find((a) => a.id === 'exercise')).toEqual(base.activities.find((a) => a.id === 'exercise'));
  });

  it('passes the clinic’s name and numbers, and nothing when there are none', () => {
    expect(personalise(base, { clinic: { name: 'A', phone: '911' } }, today, 'en').clinic).toEqual({
      name: 'A',
      phone: '911',
    });
    expect(personalise(base, { clinic: {} }, today, 'en').clinic).toBeUndefined();
  });

  it('uses the clinic’s session interval only for series that allow it', () => {
    const props = personalise(base, { clinic: { intervalDays: 28 } }, today, 'en');
    expect(props.series.map((s) => [s.id, s.intervalDays])).toEqual([
      ['acne-scars-face', 28],
      ['neck-wrinkles', 30],
    ]);
  });
});
