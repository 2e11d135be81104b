/**
 * The restart timings of everyday activities after a session, as the recovery data gives them (hours)
 * and as readers see them: a duration in words, and the day-based bars of the recovery timeline.
 * Pure: no Astro, React or DOM.
 */

import type { Lang } from '../components/widgets/shared/i18n';

/** Languages the timing words exist in: every language the widgets speak. */
export type TimingLang = Lang;

/** The timing fields of one activity (src/content/recovery-activities/activities.yaml). */
export interface RestartTiming {
  /** Earliest and latest restart time the sources give, in hours; null when none gives one. */
  sourcesRange: { minHours: number; maxHours: number } | null;
  /** The time the site shows, in hours (the more cautious where sources differ); null when none. */
  fineFromHours: number | null;
}

/** The same timing on the recovery timeline's day scale (day 0 = treatment day). */
export interface DayTiming {
  /** First day that is no longer "avoid" (exclusive end of the avoid bar). */
  avoidUntilDay: number;
  /** Day from which the activity is usually fine; null when no source gives a time. */
  fineFromDay: number | null;
  /** Where sources differ: the earliest day any of them allows. */
  earliestStatedDay?: number;
}

const HOURS_PER_DAY = 24;

/** The day a restart time falls on: a time part-way through a day counts from the next whole day. */
export function hoursToDay(hours: number): number {
  return Math.ceil(hours / HOURS_PER_DAY);
}

/** An activity's timing on the day scale: avoid until the earliest source's day, disputed until the cautious one. */
export function toDayTiming(timing: RestartTiming): DayTiming {
  if (timing.fineFromHours === null || timing.sourcesRange === null) return { avoidUntilDay: 0, fineFromDay: null };
  const fineFromDay = hoursToDay(timing.fineFromHours);
  const earliest = hoursToDay(timing.sourcesRange.minHours);
  return earliest < fineFromDay
    ? { avoidUntilDay: earliest, fineFromDay, earliestStatedDay: earliest }
    : { avoidUntilDay: fineFromDay, fineFromDay };
}

const UNITS: Record<TimingLang, { hours: [string, string]; days: [string, string]; weeks: [string, string] }> = {
  en: { hours: ['hour', 'hours'], days: ['day', 'days'], weeks: ['week', 'weeks'] },
  es: { hours: ['hora', 'horas'], days: ['día', 'días'], weeks: ['semana', 'semanas'] },
};

/**
 * A restart time in words: hours below 4 days ("48 hours"), whole weeks from 2 weeks ("2 weeks"),
 * days otherwise ("7 days", "30 days"). Times that are not whole days stay in hours.
 */
export function formatHours(hours: number, lang: TimingLang): string {
  const units = UNITS[lang];
  const pick = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
  if (hours < 4 * HOURS_PER_DAY || hours % HOURS_PER_DAY !== 0) return pick(hours, units.hours);
  const days = hours / HOURS_PER_DAY;
  if (days >= 14 && days % 7 === 0) return pick(days / 7, units.weeks);
  return pick(days, units.days);
}

const PHRASES: Record<TimingLang, { range: string; none: string }> = {
  en: {
    range: '(sources range from {min} to {max}; we give the more cautious)',
    none: 'no set time: our sources give none, so ask your provider',
  },
  es: {
    range: '(las fuentes van de {min} a {max}; damos el plazo más prudente)',
    none: 'sin plazo fijo: nuestras fuentes no dan ninguno, así que pregunta a tu profesional de la salud',
  },
};

/** The shown time and, where sources differ, their range in words. */
export function describeTiming(timing: RestartTiming, lang: TimingLang): { time: string; range: string | null } {
  const { fineFromHours, sourcesRange } = timing;
  if (fineFromHours === null || sourcesRange === null) return { time: PHRASES[lang].none, range: null };
  const time = formatHours(fineFromHours, lang);
  if (sourcesRange.minHours === sourcesRange.maxHours) return { time, range: null };
  const range = PHRASES[lang].range
    .replace('{min}', formatHours(sourcesRange.minHours, lang))
    .replace('{max}', formatHours(sourcesRange.maxHours, lang));
  return { time, range };
}
