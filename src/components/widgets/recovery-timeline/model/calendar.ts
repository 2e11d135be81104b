/**
 * Turns a plan into calendar events for the `ics` library: one all-day event per session with a
 * reminder the day before, one per aftercare milestone with a reminder that morning, and one per
 * results check-up. Only the library's types are imported; the island loads the library itself
 * on demand.
 */
import type { DateArray, EventAttributes, HeaderAttributes } from 'ics';
import { addDays, formatIsoDate, type CalendarDate } from './dates';
import type { Plan } from './schedule';
import { fillTemplate } from '../../shared/text';

/** Hour of the morning (local, floating) reminders go off. */
export const REMINDER_HOUR = 9;

/** The texts the calendar needs, already in the reader's language. */
export interface CalendarTexts {
  /** Template strings from the strings table. */
  strings: {
    calName: string;
    calSessionTitle: string;
    calSessionDescription: string;
    calSessionReminder: string;
    calMilestoneTitle: string;
    calFollowUpTitle: string;
    calFollowUpDescription: string;
    calFileName: string;
    monthsAfterOne: string;
    monthsAfterMany: string;
  };
  /** Name of the series, e.g. "Acne scars (face): 3 sessions". */
  seriesLabel: string;
  /** Reminder text per activity id. */
  reminders: Readonly<Record<string, string>>;
  /** Check-up names by months after the last session. */
  followUpLabels: Readonly<Record<number, string>>;
  /** When results can be judged, one sentence. */
  results: string;
  /** Formats a date for descriptions. */
  formatDate: (date: CalendarDate) => string;
}

function toDateArray(date: CalendarDate): DateArray {
  return [date.year, date.month, date.day];
}

/** An all-day event on one date (DTSTART;VALUE=DATE, so no time zone can move it). */
function allDay(date: CalendarDate): Pick<EventAttributes, 'start'> & { end: DateArray } {
  return { start: toDateArray(date), end: toDateArray(addDays(date, 1)) };
}

/** A stable id, so downloading the same plan twice updates rather than duplicates events. */
function makeUid(plan: Plan, part: string): string {
  return `${plan.seriesId}-${formatIsoDate(plan.start)}-${part}@skinpen-guide`;
}

/** Text for "N months after the last session". */
export function describeMonthsAfter(months: number, texts: CalendarTexts['strings']): string {
  return months === 1 ? texts.monthsAfterOne : fillTemplate(texts.monthsAfterMany, { n: months });
}

/** Every event of the plan, in date order within each kind. */
export function buildCalendarEvents(plan: Plan, texts: CalendarTexts): EventAttributes[] {
  const s = texts.strings;
  const total = plan.sessions.length;
  const events: EventAttributes[] = [];
  for (const session of plan.sessions) {
    const n = session.number;
    events.push({
      ...allDay(session.date),
      uid: makeUid(plan, `session-${n}`),
      title: fillTemplate(s.calSessionTitle, { n, total }),
      description: fillTemplate(s.calSessionDescription, {
        series: texts.seriesLabel,
        n,
        total,
        from: texts.formatDate(session.windowStart),
        to: texts.formatDate(session.windowEnd),
      }),
      busyStatus: 'BUSY',
      alarms: [
        {
          action: 'display',
          description: fillTemplate(s.calSessionReminder, { n, total }),
          trigger: { hours: 24 - REMINDER_HOUR, before: true },
        },
      ],
    });
    for (const milestone of session.milestones) {
      const lines = milestone.activityIds.map((id) => texts.reminders[id]).filter((t): t is string => t !== undefined);
      events.push({
        ...allDay(milestone.date),
        uid: makeUid(plan, `session-${n}-day-${milestone.day}`),
        title: fillTemplate(s.calMilestoneTitle, { d: milestone.day, n }),
        description: lines.join('\n'),
        busyStatus: 'FREE',
        transp: 'TRANSPARENT',
        alarms: [{ action: 'display', description: lines.join(' '), trigger: { hours: REMINDER_HOUR, before: false } }],
      });
    }
  }
  for (const followUp of plan.followUps) {
    const label = texts.followUpLabels[followUp.monthsAfterLast] ?? '';
    events.push({
      ...allDay(followUp.date),
      uid: makeUid(plan, `follow-up-${followUp.monthsAfterLast}`),
      title: fillTemplate(s.calFollowUpTitle, { label, when: describeMonthsAfter(followUp.monthsAfterLast, s) }),
      description: fillTemplate(s.calFollowUpDescription, { results: texts.results }),
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      alarms: [{ action: 'display', description: label, trigger: { hours: REMINDER_HOUR, before: false } }],
    });
  }
  return events;
}

/** Calendar-wide header fields. */
export function buildCalendarHeader(texts: CalendarTexts): HeaderAttributes {
  return { productId: 'skinpen-guide/recovery-timeline', calName: texts.strings.calName };
}

/** File name for the download, e.g. `skinpen-plan-2026-03-01.ics`. */
export function getCalendarFileName(plan: Plan, template: string): string {
  return fillTemplate(template, { date: formatIsoDate(plan.start) });
}
