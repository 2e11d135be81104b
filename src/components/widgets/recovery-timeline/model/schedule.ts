/**
 * The series planner's rules: checking a start date, and turning it into session dates,
 * aftercare milestones, results check-ups and upkeep, all as calendar dates.
 */
import { addDays, addMonths, getDaysBetween, parseIsoDate, type CalendarDate, type DateParseError } from './dates';
import type { ActivityTiming, SeriesTiming } from '../types';

/** How far from today, in calendar years either way, a first session may be. */
export const MAX_YEARS_FROM_TODAY = 1;

/** Why a start date gives no plan. */
export type StartDateError = DateParseError | 'too-early' | 'too-late';

/** The outcome of checking a start date. */
export type StartDateResult = { ok: true; date: CalendarDate } | { ok: false; reason: StartDateError };

/** The earliest and latest start dates the planner accepts, given today. */
export function getStartDateLimits(today: CalendarDate): { min: CalendarDate; max: CalendarDate } {
  return { min: addMonths(today, -12 * MAX_YEARS_FROM_TODAY), max: addMonths(today, 12 * MAX_YEARS_FROM_TODAY) };
}

/**
 * Checks what the date input holds. `badInput` is the browser's report that the field holds
 * something that is not a date (a half-typed or impossible date leaves its value empty).
 */
export function checkStartDate(raw: string, today: CalendarDate, badInput = false): StartDateResult {
  if (badInput && raw.trim() === '') return { ok: false, reason: 'impossible' };
  const parsed = parseIsoDate(raw);
  if (!parsed.ok) return parsed;
  const { min, max } = getStartDateLimits(today);
  if (getDaysBetween(min, parsed.date) < 0) return { ok: false, reason: 'too-early' };
  if (getDaysBetween(parsed.date, max) < 0) return { ok: false, reason: 'too-late' };
  return parsed;
}

/** Aftercare milestones fall on these days after each session, each naming the activities it frees. */
export interface MilestoneDay {
  day: number;
  activityIds: string[];
}

/** Groups activities that have a reminder by the day they are usually fine again, in day order. */
export function getMilestoneDays(activities: readonly (ActivityTiming & { reminder?: string })[]): MilestoneDay[] {
  const byDay = new Map<number, string[]>();
  for (const a of activities) {
    if (a.reminder === undefined || a.fineFromDay === null) continue;
    byDay.set(a.fineFromDay, [...(byDay.get(a.fineFromDay) ?? []), a.id]);
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([day, activityIds]) => ({ day, activityIds }));
}

/** One planned session. */
export interface PlannedSession {
  /** 1-based session number. */
  number: number;
  date: CalendarDate;
  /** Usual window for this session (same as `date` for the first). */
  windowStart: CalendarDate;
  windowEnd: CalendarDate;
  /** Aftercare milestones after this session. */
  milestones: { day: number; date: CalendarDate; activityIds: string[] }[];
}

/** A full plan from a start date. */
export interface Plan {
  seriesId: string;
  start: CalendarDate;
  sessions: PlannedSession[];
  /** Results check-ups after the last session; their dates are estimates. */
  followUps: { monthsAfterLast: number; date: CalendarDate }[];
  /** Window for an upkeep session, when the series has one. */
  maintenance?: { from: CalendarDate; to: CalendarDate };
}

/** Builds the plan: sessions `intervalDays` apart, each windowed by the range the sources support. */
export function buildPlan(start: CalendarDate, series: SeriesTiming, milestoneDays: readonly MilestoneDay[]): Plan {
  const sessions: PlannedSession[] = [];
  for (let i = 0; i < series.sessionCount; i += 1) {
    const previous = sessions[i - 1];
    const date = previous ? addDays(previous.date, series.intervalDays) : start;
    sessions.push({
      number: i + 1,
      date,
      windowStart: previous ? addDays(previous.date, series.intervalRangeDays.min) : date,
      windowEnd: previous ? addDays(previous.date, series.intervalRangeDays.max) : date,
      milestones: milestoneDays.map((m) => ({ day: m.day, date: addDays(date, m.day), activityIds: m.activityIds })),
    });
  }
  const last = sessions[sessions.length - 1]?.date ?? start;
  const plan: Plan = {
    seriesId: series.id,
    start,
    sessions,
    followUps: series.followUps.map((f) => ({
      monthsAfterLast: f.monthsAfterLast,
      date: addMonths(last, f.monthsAfterLast),
    })),
  };
  if (series.maintenance) {
    plan.maintenance = {
      from: addMonths(last, series.maintenance.minMonths),
      to: addMonths(last, series.maintenance.maxMonths),
    };
  }
  return plan;
}

/** The outcome of planning from what the date input holds. */
export type PlanResult = { ok: true; plan: Plan } | { ok: false; reason: StartDateError };

/** Checks the input and builds the plan; never throws, whatever the input. */
export function planFromInput(
  raw: string,
  today: CalendarDate,
  series: SeriesTiming,
  milestoneDays: readonly MilestoneDay[],
  badInput = false,
): PlanResult {
  const start = checkStartDate(raw, today, badInput);
  return start.ok ? { ok: true, plan: buildPlan(start.date, series, milestoneDays) } : start;
}
