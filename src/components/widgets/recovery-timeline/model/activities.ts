/** How an everyday activity stands over time: the one rule behind its bar on the chart and its status in words. */
import type { ActivityTiming } from '../types';

/** How an activity stands on a given day. */
export type ActivityStatus = 'avoid' | 'differ' | 'fine' | 'unknown';

/** A stretch of days with one status, from `fromDay` up to (not including) `toDay`; null runs to the end of the axis. */
export interface ActivitySegment {
  status: ActivityStatus;
  fromDay: number;
  toDay: number | null;
}

/**
 * An activity's days as consecutive segments: avoid until the earliest day a source allows it,
 * sources differ until the cautious day, then usually fine (or unstated when no source gives a time).
 */
export function getActivitySegments(activity: ActivityTiming): ActivitySegment[] {
  const { avoidUntilDay, fineFromDay, earliestStatedDay } = activity;
  const segments: ActivitySegment[] = [{ status: 'avoid', fromDay: 0, toDay: earliestStatedDay ?? avoidUntilDay }];
  if (fineFromDay === null) return [...segments, { status: 'unknown', fromDay: avoidUntilDay, toDay: null }];
  if (earliestStatedDay !== undefined)
    segments.push({ status: 'differ', fromDay: earliestStatedDay, toDay: fineFromDay });
  return [...segments, { status: 'fine', fromDay: fineFromDay, toDay: null }];
}

/** Whether an activity is to be avoided, disputed, usually fine or unstated on a day: its segment there. */
export function getActivityStatus(activity: ActivityTiming, day: number): ActivityStatus {
  const segment = getActivitySegments(activity).find((s) => day >= s.fromDay && (s.toDay === null || day < s.toDay));
  return segment?.status ?? 'avoid';
}
