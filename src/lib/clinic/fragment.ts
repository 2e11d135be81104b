/**
 * The "my recovery" link: a URL on this site whose fragment (`#…`, never sent to any server) carries
 * a session date, the clinic's profile and its timings, so a patient's phone can say "today is day N"
 * with the clinic's own numbers. No name, birth date or anything else about the patient goes in it.
 * Reading is defensive: anything that is not ours, too long, repeated, truncated or out of range is
 * dropped with one warning each, and what remains still works. Pure: no DOM, React, Astro or zod.
 */
import {
  formatIsoDate,
  getDaysBetween,
  parseIsoDate,
  type CalendarDate,
} from '../../components/widgets/recovery-timeline/model/dates';
import {
  quoteValue,
  readClinicLang,
  readClinicName,
  readInterval,
  readPhone,
  readTiming,
  readWebsite,
  type ClinicLimits,
  type ClinicProfile,
  type FieldResult,
} from './profile';

/** The first key of every fragment this site writes, with the format's version. */
export const FRAGMENT_MARK = 'skinpen';
/** The current format version. */
export const FRAGMENT_VERSION = '1';
/** Longest fragment read, in characters; a longer one is refused whole. */
export const MAX_FRAGMENT_LENGTH = 1500;
/** How far from today a session date may be, in days (about a year either way). */
export const MAX_DAYS_FROM_TODAY = 366;
/** Prefix of the keys that carry a clinic's timing for an activity ("t-makeup=48"). */
const TIMING_PREFIX = 't-';

/** What a recovery link carries. */
export interface RecoveryLink {
  /** Date of the session, as a calendar date. */
  sessionDate?: CalendarDate;
  /** The clinic's profile. */
  clinic: ClinicProfile;
}

/** The result of reading a fragment: what could be used, and one warning per thing that could not. */
export interface DecodedLink {
  link: RecoveryLink;
  warnings: string[];
}

/** The fragment for a link, starting with "#"; fields without a value are left out. */
export function encodeRecoveryFragment(link: RecoveryLink): string {
  const params = new URLSearchParams();
  params.set(FRAGMENT_MARK, FRAGMENT_VERSION);
  const { clinic } = link;
  if (link.sessionDate) params.set('date', formatIsoDate(link.sessionDate));
  if (clinic.name !== undefined) params.set('name', clinic.name);
  if (clinic.phone !== undefined) params.set('phone', clinic.phone);
  if (clinic.afterHoursPhone !== undefined) params.set('after', clinic.afterHoursPhone);
  if (clinic.website !== undefined) params.set('web', clinic.website);
  if (clinic.lang !== undefined) params.set('lang', clinic.lang);
  if (clinic.intervalDays !== undefined) params.set('interval', String(clinic.intervalDays));
  for (const [id, hours] of Object.entries(clinic.timings ?? {})) params.set(timingKey(id), String(hours));
  return `#${params.toString()}`;
}

/** Reads a session date: a real YYYY-MM-DD day within about a year of today. */
export function readSessionDate(raw: string, today: CalendarDate): FieldResult<CalendarDate> {
  const parsed = parseIsoDate(raw);
  if (!parsed.ok)
    return { ok: false, reason: parsed.reason === 'impossible' ? 'is not a real date' : 'must be written YYYY-MM-DD' };
  if (Math.abs(getDaysBetween(today, parsed.date)) > MAX_DAYS_FROM_TODAY) {
    return { ok: false, reason: 'is more than a year from today' };
  }
  return { ok: true, value: parsed.date };
}

/**
 * Reads a fragment (`location.hash`, with or without "#"). `today` is the reader's calendar date;
 * `limits` are the ranges the sources give, which a clinic's timings must stay inside.
 */
export function decodeRecoveryFragment(hash: string, limits: ClinicLimits, today: CalendarDate): DecodedLink {
  const warnings: string[] = [];
  const link: RecoveryLink = { clinic: {} };
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { link, warnings };
  if (text.length > MAX_FRAGMENT_LENGTH) {
    return {
      link,
      warnings: [`SkinPen: the link's data is longer than ${MAX_FRAGMENT_LENGTH} characters and was ignored.`],
    };
  }
  if (text.includes('#')) {
    warnings.push('SkinPen: the link holds its data twice; only the first copy is read.');
    text = text.slice(0, text.indexOf('#'));
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { link, warnings: ['SkinPen: the link’s data could not be read and was ignored.'] };
  }
  if (params.get(FRAGMENT_MARK) !== FRAGMENT_VERSION) {
    return { link, warnings: ['SkinPen: the link’s data is not in a format this page knows and was ignored.'] };
  }

  const read = readLinkEntries(params, limits, today);
  for (const key of read.repeated)
    warnings.push(`SkinPen: ${quoteValue(key)} appears more than once; only the first is read.`);
  for (const p of read.problems) warnings.push(`SkinPen: ${p.key}=${quoteValue(p.raw)} ${p.reason}; it was ignored.`);
  const { unknown } = read;
  if (unknown.length > 0) {
    warnings.push(
      `SkinPen: the link's unknown field${unknown.length === 1 ? '' : 's'} ${unknown.slice(0, 5).map(quoteValue).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''} ${unknown.length === 1 ? 'was' : 'were'} ignored.`,
    );
  }
  return { link: read.link, warnings };
}

/** A field of a link that was refused, and why. */
export interface LinkProblem {
  key: string;
  raw: string;
  reason: string;
}

/**
 * Reads a link's fields (the fragment's, or a form's under the same keys) with the profile's readers:
 * the first of each key counts; refused, repeated and unknown keys are reported, never used.
 */
export function readLinkEntries(
  entries: Iterable<[string, string]>,
  limits: ClinicLimits,
  today: CalendarDate,
): { link: RecoveryLink; problems: LinkProblem[]; repeated: string[]; unknown: string[] } {
  const link: RecoveryLink = { clinic: {} };
  const clinic = link.clinic;
  const problems: LinkProblem[] = [];
  const repeated: string[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  const take = <T>(key: string, raw: string, result: FieldResult<T>, apply: (value: T) => void) => {
    if (result.ok) apply(result.value);
    else problems.push({ key, raw, reason: result.reason });
  };
  for (const [key, raw] of entries) {
    if (key === FRAGMENT_MARK) continue;
    if (seen.has(key)) {
      repeated.push(key);
      continue;
    }
    seen.add(key);
    if (key === 'date') take(key, raw, readSessionDate(raw, today), (v) => (link.sessionDate = v));
    else if (key === 'name') take(key, raw, readClinicName(raw), (v) => (clinic.name = v));
    else if (key === 'phone') take(key, raw, readPhone(raw), (v) => (clinic.phone = v));
    else if (key === 'after') take(key, raw, readPhone(raw), (v) => (clinic.afterHoursPhone = v));
    else if (key === 'web') take(key, raw, readWebsite(raw), (v) => (clinic.website = v));
    else if (key === 'lang') take(key, raw, readClinicLang(raw), (v) => (clinic.lang = v));
    else if (key === 'interval') take(key, raw, readInterval(raw, limits), (v) => (clinic.intervalDays = v));
    else if (key.startsWith(TIMING_PREFIX)) {
      const id = key.slice(TIMING_PREFIX.length);
      take(key, raw, readTiming(id, raw, limits), (v) => (clinic.timings = { ...clinic.timings, [id]: v }));
    } else unknown.push(key);
  }
  return { link, problems, repeated, unknown };
}

/** The link key of a clinic's timing for an activity ("t-makeup"). */
export function timingKey(activityId: string): string {
  return `${TIMING_PREFIX}${activityId}`;
}
