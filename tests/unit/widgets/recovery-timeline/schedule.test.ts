import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../../src/components/widgets/recovery-timeline/model/dates';
import {
  buildPlan,
  checkStartDate,
  getMilestoneDays,
  planFromInput,
  type Plan,
} from '../../../../src/components/widgets/recovery-timeline/model/schedule';
import { ACNE, ACTIVITIES, NECK, TIME_ZONES, d, withTimeZone } from './fixtures';

const milestoneDays = getMilestoneDays(ACTIVITIES);

/** The plan's dates as plain strings, for comparing with hand-written expectations. */
function summarise(plan: Plan) {
  return {
    sessions: plan.sessions.map((s) => formatIsoDate(s.date)),
    windows: plan.sessions.map((s) => `${formatIsoDate(s.windowStart)}..${formatIsoDate(s.windowEnd)}`),
    followUps: plan.followUps.map((f) => formatIsoDate(f.date)),
    maintenance: plan.maintenance ? [formatIsoDate(plan.maintenance.from), formatIsoDate(plan.maintenance.to)] : null,
  };
}

describe('checkStartDate', () => {
  const today = d('2026-06-15');
  it.each([
    ['', false, 'empty'],
    ['2026-02-31', false, 'impossible'],
    ['', true, 'impossible'],
    ['abc', false, 'format'],
    ['2031-01-01', false, 'too-late'],
    ['2020-01-01', false, 'too-early'],
    ['2025-06-14', false, 'too-early'],
    ['2027-06-16', false, 'too-late'],
  ])('rejects %j (bad input: %s) as %s', (raw, badInput, reason) => {
    expect(checkStartDate(raw, today, badInput)).toEqual({ ok: false, reason });
  });

  it.each(['2025-06-15', '2026-01-10', '2026-06-15', '2027-06-15'])('accepts %s, within a year of today', (raw) => {
    expect(checkStartDate(raw, today)).toEqual({ ok: true, date: d(raw) });
  });

  it('measures the year from a leap day to the end of February', () => {
    expect(checkStartDate('2027-02-28', d('2028-02-29')).ok).toBe(true);
    expect(checkStartDate('2027-02-27', d('2028-02-29'))).toEqual({ ok: false, reason: 'too-early' });
    expect(checkStartDate('2029-02-28', d('2028-02-29')).ok).toBe(true);
  });
});

describe('getMilestoneDays', () => {
  it('groups activities that have a reminder by the day they are fine again', () => {
    expect(milestoneDays).toEqual([
      { day: 1, activityIds: ['sunscreen'] },
      { day: 3, activityIds: ['sun', 'exercise'] },
      { day: 7, activityIds: ['swimming', 'retinoids-acids'] },
    ]);
  });
});

describe('buildPlan', () => {
  it.each([
    {
      name: 'a spring start',
      start: '2026-03-01',
      sessions: ['2026-03-01', '2026-03-31', '2026-04-30'],
      windows: ['2026-03-01..2026-03-01', '2026-03-29..2026-03-31', '2026-04-28..2026-04-30'],
      followUps: ['2026-05-30', '2026-10-30'],
      maintenance: ['2026-10-30', '2027-04-30'],
    },
    {
      name: 'a series over the end of the year, with a check-up on a month end',
      start: '2026-11-01',
      sessions: ['2026-11-01', '2026-12-01', '2026-12-31'],
      windows: ['2026-11-01..2026-11-01', '2026-11-29..2026-12-01', '2026-12-29..2026-12-31'],
      followUps: ['2027-01-31', '2027-06-30'],
      maintenance: ['2027-06-30', '2027-12-31'],
    },
    {
      name: 'a series that lands on a leap day',
      start: '2027-12-31',
      sessions: ['2027-12-31', '2028-01-30', '2028-02-29'],
      windows: ['2027-12-31..2027-12-31', '2028-01-28..2028-01-30', '2028-02-27..2028-02-29'],
      followUps: ['2028-03-29', '2028-08-29'],
      maintenance: ['2028-08-29', '2029-02-28'],
    },
    {
      name: 'a series over a February with no leap day',
      start: '2026-12-31',
      sessions: ['2026-12-31', '2027-01-30', '2027-03-01'],
      windows: ['2026-12-31..2026-12-31', '2027-01-28..2027-01-30', '2027-02-27..2027-03-01'],
      followUps: ['2027-04-01', '2027-09-01'],
      maintenance: ['2027-09-01', '2028-03-01'],
    },
    {
      name: 'an autumn start over the end of daylight saving',
      start: '2026-10-15',
      sessions: ['2026-10-15', '2026-11-14', '2026-12-14'],
      windows: ['2026-10-15..2026-10-15', '2026-11-12..2026-11-14', '2026-12-12..2026-12-14'],
      followUps: ['2027-01-14', '2027-06-14'],
      maintenance: ['2027-06-14', '2027-12-14'],
    },
  ])('plans $name', ({ name: _name, start, ...expected }) => {
    for (const { tz } of TIME_ZONES) {
      withTimeZone(tz, () => {
        expect(summarise(buildPlan(d(start), ACNE, milestoneDays)), tz).toEqual(expected);
      });
    }
  });

  it.each(TIME_ZONES)('really runs in $tz while planning', ({ tz, januaryOffsetMinutes }) => {
    withTimeZone(tz, () => {
      expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(januaryOffsetMinutes);
    });
  });

  it('puts aftercare milestones after every session', () => {
    const plan = buildPlan(d('2026-10-15'), ACNE, milestoneDays);
    expect(plan.sessions.map((s) => s.milestones.map((m) => `${m.day}:${formatIsoDate(m.date)}`))).toEqual([
      ['1:2026-10-16', '3:2026-10-18', '7:2026-10-22'],
      ['1:2026-11-15', '3:2026-11-17', '7:2026-11-21'],
      ['1:2026-12-15', '3:2026-12-17', '7:2026-12-21'],
    ]);
    expect(plan.sessions[1]?.milestones[1]?.activityIds).toEqual(['sun', 'exercise']);
  });

  it('plans a four-session series with a single-day window and no upkeep', () => {
    const plan = buildPlan(d('2026-03-20'), NECK, milestoneDays);
    expect(summarise(plan)).toEqual({
      sessions: ['2026-03-20', '2026-04-19', '2026-05-19', '2026-06-18'],
      windows: ['2026-03-20..2026-03-20', '2026-04-19..2026-04-19', '2026-05-19..2026-05-19', '2026-06-18..2026-06-18'],
      followUps: ['2026-07-18', '2026-09-18'],
      maintenance: null,
    });
  });
});

describe('planFromInput', () => {
  const today = d('2026-06-15');
  it.each([
    ['', 'empty'],
    ['x', 'format'],
    ['2026-02-31', 'impossible'],
    ['9999-99-99', 'impossible'],
    ['0000-01-01', 'too-early'],
    ['2026-1-1', 'format'],
    ['\u0000', 'format'],
    ['2040-01-01', 'too-late'],
  ])('gives no plan and no exception for %j (%s)', (raw, reason) => {
    expect(planFromInput(raw, today, ACNE, milestoneDays)).toEqual({ ok: false, reason });
  });

  it('plans from a start date in the past', () => {
    const result = planFromInput('2026-03-01', today, ACNE, milestoneDays);
    expect(result.ok && formatIsoDate(result.plan.sessions[2]?.date ?? d('0000-01-01'))).toBe('2026-04-30');
  });
});
