import ICAL from 'ical.js';
import { createEvents } from 'ics';
import { describe, expect, it } from 'vitest';
import {
  buildCalendarEvents,
  buildCalendarHeader,
  getCalendarFileName,
  type CalendarTexts,
} from '../../../../src/components/widgets/recovery-timeline/model/calendar';
import { formatIsoDate, type CalendarDate } from '../../../../src/components/widgets/recovery-timeline/model/dates';
import { buildPlan, getMilestoneDays } from '../../../../src/components/widgets/recovery-timeline/model/schedule';
import { STRINGS } from '../../../../src/components/widgets/recovery-timeline/strings';
import { ACNE, ACTIVITIES, TIME_ZONES, d, withTimeZone } from './fixtures';

const texts: CalendarTexts = {
  strings: STRINGS.en,
  seriesLabel: 'Acne scars on the face: 3 sessions',
  reminders: Object.fromEntries(ACTIVITIES.flatMap((a) => (a.reminder ? [[a.id, a.reminder]] : []))),
  followUpLabels: { 1: 'First results check', 6: 'Later results check' },
  results: 'Results were judged 1 and 6 months after the last session.',
  formatDate: (date: CalendarDate) => formatIsoDate(date),
};

/** Builds the .ics text for a start date with the real library. */
function makeCalendar(start: string): string {
  const plan = buildPlan(d(start), ACNE, getMilestoneDays(ACTIVITIES));
  const { error, value } = createEvents(buildCalendarEvents(plan, texts), buildCalendarHeader(texts));
  if (error || !value) throw error ?? new Error('no calendar text');
  return value;
}

/** Parses .ics text back with ical.js into plain rows. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((event) => {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      return {
        summary: String(event.getFirstPropertyValue('summary')),
        description: String(event.getFirstPropertyValue('description') ?? ''),
        allDay: start.isDate,
        start: start.toString(),
        end: end.toString(),
        uid: String(event.getFirstPropertyValue('uid')),
        alarms: event
          .getAllSubcomponents('valarm')
          .map(
            (alarm) =>
              `${String(alarm.getFirstPropertyValue('action'))} ${String(alarm.getFirstPropertyValue('trigger'))}`,
          ),
      };
    }),
  };
}

describe('the calendar file', () => {
  const { name, events } = readCalendar(makeCalendar('2026-10-15'));

  it('is named for the plan', () => {
    expect(name).toBe('SkinPen plan');
  });

  it('has one all-day event per session, with a reminder the morning before', () => {
    const sessions = events.filter((e) => e.summary.startsWith('SkinPen session'));
    expect(sessions.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
      ['SkinPen session 1 of 3', '2026-10-15', '2026-10-16', true],
      ['SkinPen session 2 of 3', '2026-11-14', '2026-11-15', true],
      ['SkinPen session 3 of 3', '2026-12-14', '2026-12-15', true],
    ]);
    expect(sessions.every((e) => e.alarms.join() === 'DISPLAY -PT15H')).toBe(true);
    expect(sessions[1]?.description).toContain('Usual window: 2026-11-12 to 2026-11-14');
  });

  it('has an aftercare reminder at 9 in the morning on each milestone day after each session', () => {
    const milestones = events.filter((e) => e.summary.startsWith('Aftercare'));
    expect(milestones.map((e) => `${e.start} ${e.summary}`)).toEqual([
      '2026-10-16 Aftercare, day 1 after session 1',
      '2026-10-18 Aftercare, day 3 after session 1',
      '2026-10-22 Aftercare, day 7 after session 1',
      '2026-11-15 Aftercare, day 1 after session 2',
      '2026-11-17 Aftercare, day 3 after session 2',
      '2026-11-21 Aftercare, day 7 after session 2',
      '2026-12-15 Aftercare, day 1 after session 3',
      '2026-12-17 Aftercare, day 3 after session 3',
      '2026-12-21 Aftercare, day 7 after session 3',
    ]);
    expect(milestones.every((e) => e.alarms.join() === 'DISPLAY PT9H')).toBe(true);
    expect(milestones[1]?.description).toBe('Sun with sunscreen is fine.\nExercise is fine.');
  });

  it('marks the results check-ups', () => {
    const followUps = events.filter((e) => e.summary.includes('results check'));
    expect(followUps.map((e) => `${e.start} ${e.summary}`)).toEqual([
      '2027-01-14 First results check (1 month after the last session)',
      '2027-06-14 Later results check (6 months after the last session)',
    ]);
  });

  it('gives every event a stable, unique id', () => {
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events[0]?.uid).toBe('acne-scars-face-2026-10-15-session-1@skinpen-guide');
    expect(events).toHaveLength(14);
  });

  it.each(TIME_ZONES)('holds the same events when made in $tz', ({ tz }) => {
    const withoutStamps = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
    const reference = withoutStamps(withTimeZone('UTC', () => makeCalendar('2028-01-30')));
    expect(withoutStamps(withTimeZone(tz, () => makeCalendar('2028-01-30')))).toBe(reference);
    const parsed = readCalendar(reference).events.filter((e) => e.summary.startsWith('SkinPen session'));
    expect(parsed.map((e) => e.start)).toEqual(['2028-01-30', '2028-02-29', '2028-03-30']);
  });

  it('is offered under a name with the start date', () => {
    const plan = buildPlan(d('2026-10-15'), ACNE, []);
    expect(getCalendarFileName(plan, STRINGS.en.calFileName)).toBe('skinpen-plan-2026-10-15.ics');
    expect(getCalendarFileName(plan, STRINGS.es.calFileName)).toBe('plan-skinpen-2026-10-15.ics');
  });
});
