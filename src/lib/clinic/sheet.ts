/**
 * What the one-page take-home sheet says, in one language: the days after the session, how long to wait
 * before everyday activities (the clinic's time where it set one), the three urgency tiers with the
 * clinic's numbers in the first, the next sessions' dates, and the sources line. Pure: no DOM or React.
 */
import { addDays, type CalendarDate } from '../../components/widgets/recovery-timeline/model/dates';
import type { TimingLang } from '../timing';
import { toTelHref, type ClinicProfile } from './profile';
import { getShownTiming, type ShownTiming, type TimedActivity } from './timing';

/** The data a sheet is made from, in the sheet's language. */
export interface SheetData {
  /** Recovery stages in order: their names and a few words each. */
  stages: { id: string; label: string; summary: string }[];
  /** Everyday activities with their sourced timings. */
  activities: (TimedActivity & { label: string; shortLabel: string; sources: string[] })[];
  /** Urgency tiers, least urgent first. */
  tiers: { id: string; heading: string; when: string; numbers: { where: string; number: string }[] }[];
  /** Warning signs, each in a tier, with a short text for print. */
  signs: { id: string; tier: string; short: string; sources: string[] }[];
  /** Treatment series the clinic can pick. */
  series: {
    id: string;
    label: string;
    sessionCount: number;
    intervalDays: number;
    intervalRangeDays: { min: number; max: number };
  }[];
}

/** What the clinic picks for one patient's sheet. */
export interface SheetRequest {
  /** The session date. */
  sessionDate: CalendarDate;
  /** The number of this session in the series (1 for the first). */
  sessionNumber: number;
  /** The series (by id) for the treated areas. */
  seriesIds: string[];
  /** The clinic's profile (already validated). */
  clinic: ClinicProfile;
}

/** A phone line of the first tier. */
export interface ClinicLine {
  /** "daytime" or "after-hours". */
  kind: 'daytime' | 'after-hours';
  phone: string;
  href: string;
}

/** The sheet in one language. */
export interface SheetContent {
  lang: TimingLang;
  clinicName: string | null;
  website: string | null;
  sessionDate: CalendarDate;
  days: { id: string; label: string; summary: string }[];
  waits: ({ id: string; label: string } & ShownTiming)[];
  tiers: {
    id: string;
    heading: string;
    when: string;
    numbers: { where: string; number: string; href: string }[];
    clinicLines: ClinicLine[];
    signs: string[];
  }[];
  /** Remaining sessions of each chosen series, after this one. */
  nextSessions: { seriesId: string; label: string; dates: { number: number; date: CalendarDate }[] }[];
  /** Every reference the sheet's figures rest on, by number, in order. */
  sourceNumbers: number[];
}

const refNumber = (id: string) => Number(id.replace(/^ref-/, ''));

/** Builds the sheet for one patient in one language. Unknown series ids are left out. */
export function buildSheet(data: SheetData, request: SheetRequest, lang: TimingLang): SheetContent {
  const { clinic } = request;
  const waits = data.activities.map((a) => ({
    id: a.id,
    label: a.shortLabel,
    ...getShownTiming(a, clinic.timings?.[a.id], lang),
  }));
  const clinicLines: ClinicLine[] = [];
  if (clinic.phone) clinicLines.push({ kind: 'daytime', phone: clinic.phone, href: toTelHref(clinic.phone) });
  if (clinic.afterHoursPhone) {
    clinicLines.push({ kind: 'after-hours', phone: clinic.afterHoursPhone, href: toTelHref(clinic.afterHoursPhone) });
  }
  const tiers = data.tiers.map((t, i) => ({
    id: t.id,
    heading: t.heading,
    when: t.when,
    numbers: t.numbers.map((n) => ({ ...n, href: `tel:${n.number}` })),
    // The clinic's own numbers belong to the first tier ("call your clinic"); the others stay as they are.
    clinicLines: i === 0 ? clinicLines : [],
    signs: data.signs.filter((s) => s.tier === t.id).map((s) => s.short),
  }));
  const nextSessions = request.seriesIds.flatMap((id) => {
    const series = data.series.find((s) => s.id === id);
    if (!series) return [];
    const { min, max } = series.intervalRangeDays;
    const interval =
      clinic.intervalDays !== undefined && clinic.intervalDays >= min && clinic.intervalDays <= max
        ? clinic.intervalDays
        : series.intervalDays;
    const dates: { number: number; date: CalendarDate }[] = [];
    for (let n = request.sessionNumber + 1; n <= series.sessionCount; n += 1) {
      dates.push({ number: n, date: addDays(request.sessionDate, interval * (n - request.sessionNumber)) });
    }
    return [{ seriesId: id, label: series.label, dates }];
  });
  const sources = new Set<number>();
  for (const a of data.activities) for (const s of a.sources) sources.add(refNumber(s));
  for (const s of data.signs) for (const id of s.sources) sources.add(refNumber(id));
  return {
    lang,
    clinicName: clinic.name ?? null,
    website: clinic.website ?? null,
    sessionDate: request.sessionDate,
    days: data.stages.map((s) => ({ id: s.id, label: s.label, summary: s.summary })),
    waits,
    tiers,
    nextSessions,
    sourceNumbers: [...sources].sort((a, b) => a - b),
  };
}
