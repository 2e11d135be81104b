/**
 * A clinic's own restart times, kept inside the evidence: "Your clinic: 48 hours · sources range from
 * 24 to 72 hours". Pure: no DOM, React, Astro or zod.
 */
import { describeTiming, formatHours, type RestartTiming, type TimingLang } from '../timing';
import type { ClinicLimits } from './profile';

/** An activity as the clinic kit reads it. */
export interface TimedActivity extends RestartTiming {
  /** Activity id, e.g. "makeup". */
  id: string;
}

/** Whether a clinic may set its own time for an activity: its sources give a range, not one time. */
export function isTimeableRange(
  range: { minHours: number; maxHours: number } | null | undefined,
): range is { minHours: number; maxHours: number } {
  return range !== null && range !== undefined && range.minHours < range.maxHours;
}

/** The ranges a clinic's timings must stay inside, from the activity and series data. */
export function getClinicLimits(
  activities: readonly TimedActivity[],
  series: readonly { intervalRangeDays: { min: number; max: number } }[],
): ClinicLimits {
  const activityRanges: Record<string, { minHours: number; maxHours: number }> = {};
  for (const a of activities) if (a.sourcesRange) activityRanges[a.id] = { ...a.sourcesRange };
  const mins = series.map((s) => s.intervalRangeDays.min);
  const maxs = series.map((s) => s.intervalRangeDays.max);
  return {
    activityRanges,
    intervalRangeDays: { min: Math.min(...mins, Infinity), max: Math.max(...maxs, -Infinity) },
  };
}

/** What a reader is told about one activity: the clinic's time where it set one, with the sources' range. */
export interface ShownTiming {
  /** The time to wait, in words ("48 hours"). */
  time: string;
  /** True when the time is the clinic's own choice. */
  clinic: boolean;
  /** The sources' range in words, when they disagree or the clinic chose its own ("24 hours to 72 hours"). */
  range: string | null;
  /** The time in hours, or null when no source gives one. */
  hours: number | null;
}

/**
 * The time shown for an activity: the clinic's when it gave one inside the sources' range (the profile
 * reader has already refused any other), else the site's cautious time.
 */
export function getShownTiming(
  activity: TimedActivity,
  clinicHours: number | undefined,
  lang: TimingLang,
): ShownTiming {
  const range = activity.sourcesRange;
  const inRange =
    clinicHours !== undefined && range !== null && clinicHours >= range.minHours && clinicHours <= range.maxHours;
  const rangeWords =
    range && range.minHours !== range.maxHours
      ? `${formatHours(range.minHours, lang)} – ${formatHours(range.maxHours, lang)}`
      : null;
  if (inRange) return { time: formatHours(clinicHours, lang), clinic: true, range: rangeWords, hours: clinicHours };
  const sourced = describeTiming(activity, lang);
  return { time: sourced.time, clinic: false, range: rangeWords, hours: activity.fineFromHours };
}

/** Day fields and a note for an activity whose time a clinic chose. */
export interface ClinicTimedDays {
  avoidUntilDay: number;
  fineFromDay: number;
  /** "Your clinic: 24 hours · sources range from 24 hours to 48 hours". */
  clinicNote: string;
}

const CLINIC_NOTE: Record<TimingLang, { own: string; range: string }> = {
  en: { own: 'Your clinic: {time}', range: ' · sources range from {min} to {max}' },
  es: { own: 'Tu clínica: {time}', range: ' · las fuentes van de {min} a {max}' },
};

/**
 * The timeline's day fields for a clinic's own time (the clinic decides, so there is no "sources differ"
 * stretch), or null when the clinic gave none inside the sources' range.
 */
export function getClinicDays(
  activity: TimedActivity,
  clinicHours: number | undefined,
  lang: TimingLang,
): ClinicTimedDays | null {
  const range = activity.sourcesRange;
  if (clinicHours === undefined || range === null || clinicHours < range.minHours || clinicHours > range.maxHours)
    return null;
  const day = Math.ceil(clinicHours / 24);
  const words = CLINIC_NOTE[lang];
  const note =
    words.own.replace('{time}', formatHours(clinicHours, lang)) +
    (range.minHours < range.maxHours
      ? words.range
          .replace('{min}', formatHours(range.minHours, lang))
          .replace('{max}', formatHours(range.maxHours, lang))
      : '');
  return { avoidUntilDay: day, fineFromDay: day, clinicNote: note };
}
