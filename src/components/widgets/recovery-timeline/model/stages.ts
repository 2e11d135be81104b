/**
 * Rules of the timeline: where the scrubber can stop, which stage a day falls in, the state
 * machine behind the controls, positions on the time axis, and what a screen reader hears.
 */
import type { SliderKeyAction } from '../../shared/slider-keys';
import { fillTemplate } from '../../shared/text';
import type { StageTiming, TimeUnit } from '../types';

/** One place the day control can stop at. */
export interface Stop {
  /** Days after the session. */
  day: number;
  /** Index of the stage (in the sorted stage list) the day belongs to. */
  stageIndex: number;
}

/** Every stop, in time order, from stages sorted by dayFrom. */
export function getStops(stages: readonly StageTiming[]): Stop[] {
  return stages.flatMap((stage, stageIndex) => {
    const days = stage.stopDays ?? Array.from({ length: stage.dayTo - stage.dayFrom + 1 }, (_, i) => stage.dayFrom + i);
    return days.map((day) => ({ day, stageIndex }));
  });
}

/** Gaps and overlaps between consecutive stages, as messages; empty when the stages tile time from day 0. */
export function findStageSequenceProblems(stages: readonly { id: string; dayFrom: number; dayTo: number }[]): string[] {
  const problems: string[] = [];
  if (stages.length === 0) return ['there are no stages'];
  if (stages[0]?.dayFrom !== 0) problems.push(`the first stage "${stages[0]?.id ?? ''}" must start on day 0`);
  stages.forEach((stage, i) => {
    const next = stages[i + 1];
    if (next && next.dayFrom !== stage.dayTo + 1) {
      problems.push(`stage "${next.id}" starts on day ${next.dayFrom}, but "${stage.id}" ends on day ${stage.dayTo}`);
    }
  });
  return problems;
}

/** Index of the stage a day falls in; days before the first or after the last stage go to the ends. */
export function getStageIndexForDay(stages: readonly StageTiming[], day: number): number {
  const index = stages.findIndex((s) => day >= s.dayFrom && day <= s.dayTo);
  if (index >= 0) return index;
  const first = stages[0];
  return first && day < first.dayFrom ? 0 : Math.max(0, stages.length - 1);
}

/** Index of the stop nearest a day inside that day's stage (ties go to the earlier stop). */
export function getStopIndexForDay(stages: readonly StageTiming[], stops: readonly Stop[], day: number): number {
  const stageIndex = getStageIndexForDay(stages, day);
  let best = -1;
  stops.forEach((stop, i) => {
    if (stop.stageIndex !== stageIndex) return;
    const current = stops[best];
    if (!current || Math.abs(stop.day - day) < Math.abs(current.day - day)) best = i;
  });
  return Math.max(0, best);
}

/** What the timeline shows: the index of the current stop. */
export interface TimelineState {
  stopIndex: number;
}

/** Everything the controls can ask for. */
export type TimelineAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'nextStage' }
  | { type: 'previousStage' }
  | { type: 'selectStop'; stopIndex: number }
  | { type: 'selectDay'; day: number };

/** The next state of the timeline; stays inside the stops and never throws. */
export function reduceTimeline(
  state: TimelineState,
  action: TimelineAction,
  stages: readonly StageTiming[],
  stops: readonly Stop[],
): TimelineState {
  const last = Math.max(0, stops.length - 1);
  const clamp = (i: number) => ({ stopIndex: Math.min(last, Math.max(0, Math.round(Number.isFinite(i) ? i : 0))) });
  const stageOf = (i: number) => stops[i]?.stageIndex ?? 0;
  switch (action.type) {
    case 'next':
      return clamp(state.stopIndex + 1);
    case 'previous':
      return clamp(state.stopIndex - 1);
    case 'first':
      return clamp(0);
    case 'last':
      return clamp(last);
    case 'nextStage': {
      const i = stops.findIndex((s) => s.stageIndex > stageOf(state.stopIndex));
      return clamp(i < 0 ? last : i);
    }
    case 'previousStage': {
      const current = stageOf(state.stopIndex);
      // From inside a stage, go to its first stop; from a stage's first stop, to the previous stage's.
      const firstOfCurrent = stops.findIndex((s) => s.stageIndex === current);
      if (state.stopIndex > firstOfCurrent) return clamp(firstOfCurrent);
      return clamp(stops.findIndex((s) => s.stageIndex === current - 1));
    }
    case 'selectStop':
      return clamp(action.stopIndex);
    case 'selectDay':
      return clamp(getStopIndexForDay(stages, stops, action.day));
  }
}

/** What each slider key does on the timeline: Page Up and Page Down move a whole stage. */
export function getTimelineActionForKey(action: SliderKeyAction): TimelineAction {
  const types = {
    next: 'next',
    previous: 'previous',
    nextPage: 'nextStage',
    previousPage: 'previousStage',
    first: 'first',
    last: 'last',
  } as const;
  return { type: types[action] };
}

/** Where the centre of a stop sits on the time axis, from 0 to 1 (stops get equal slots). */
export function getStopCentre(stopIndex: number, stopCount: number): number {
  return stopCount <= 0 ? 0 : (stopIndex + 0.5) / stopCount;
}

/** Where a day begins on the time axis, from 0 to 1: the left edge of the first stop on or after it. */
export function getDayStart(day: number, stops: readonly Stop[]): number {
  if (stops.length === 0) return 0;
  const index = stops.findIndex((s) => s.day >= day);
  return index < 0 ? 1 : index / stops.length;
}

/** Templates for time labels. */
export interface TimeLabelStrings {
  timeDay: string;
  timeWeek: string;
  timeMonth: string;
}

/** Days in the week and the month as the timeline counts them (months as 30 days, like the study day numbers). */
const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7, month: 30 };

/** A stop's time in words, e.g. "Day 2", "Week 3", "Month 6". */
export function formatStopTime(day: number, unit: TimeUnit, strings: TimeLabelStrings): string {
  const n = Math.max(unit === 'day' ? 0 : 1, Math.round(day / DAYS_PER_UNIT[unit]));
  const template = unit === 'day' ? strings.timeDay : unit === 'week' ? strings.timeWeek : strings.timeMonth;
  return fillTemplate(template, { n });
}

/** What the day control's aria-valuetext says, e.g. "Day 2: redness fading, skin may feel tight". */
export function describeStop(time: string, summary: string, template: string): string {
  return fillTemplate(template, { time, summary });
}

/** What the polite live region says when the reader lands on a stop. */
export function announceStop(
  values: { time: string; summary: string; stage: string; stageIndex: number; stageCount: number },
  template: string,
): string {
  return fillTemplate(template, {
    time: values.time,
    summary: values.summary,
    stage: values.stage,
    n: values.stageIndex + 1,
    total: values.stageCount,
  });
}
