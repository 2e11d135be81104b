/**
 * A clinic's profile for the aftercare kit: its name, phone numbers, website, languages and its own
 * timings inside the evidence. Everything in a profile is untrusted (it arrives in embed options,
 * query parameters and URL fragments), so each field is read by a validator that returns the clean
 * value or a warning, never markup. Pure: no DOM, React, Astro or zod, so the browser can use it.
 */

import { LANGS } from '../../components/widgets/shared/i18n';

/** Languages a clinic's material can be in: one, or English and Spanish side by side. */
export const CLINIC_LANGS = [...LANGS, 'both'] as const;
/** One of {@link CLINIC_LANGS}. */
export type ClinicLang = (typeof CLINIC_LANGS)[number];

/** Longest clinic name, in characters. */
export const MAX_NAME_LENGTH = 80;
/** Longest phone number as written, in characters. */
export const MAX_PHONE_LENGTH = 25;
/** Longest website address, in characters. */
export const MAX_WEBSITE_LENGTH = 200;

/** A clinic profile after validation; every field is optional. */
export interface ClinicProfile {
  /** The clinic's name, as plain text. */
  name?: string;
  /** Daytime phone, as the clinic writes it ("(555) 010-2000"). */
  phone?: string;
  /** After-hours phone, as the clinic writes it. */
  afterHoursPhone?: string;
  /** The clinic's website: an https address. */
  website?: string;
  /** Language of the material: en, es or both. */
  lang?: ClinicLang;
  /** The clinic's own restart time per activity id, in hours, each inside the sources' range. */
  timings?: Record<string, number>;
  /** The clinic's session interval, in days, inside the series' supported range. */
  intervalDays?: number;
}

/** The evidence a clinic's timings must stay within. */
export interface ClinicLimits {
  /** Activities a clinic may time, by id, with the sources' earliest and latest time in hours. */
  activityRanges: Readonly<Record<string, { minHours: number; maxHours: number }>>;
  /** The shortest and longest session interval the sources support, in days. */
  intervalRangeDays: { min: number; max: number };
}

/** A field's outcome: its clean value, or the reason it was refused. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: string };

// eslint-disable-next-line no-control-regex -- control and direction-override characters are what this refuses.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

/** A clinic name: plain text of 1 to 80 characters, no markup brackets or control characters. */
export function readClinicName(raw: string): FieldResult<string> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '') return { ok: false, reason: 'is empty' };
  if (value.length > MAX_NAME_LENGTH) return { ok: false, reason: `is longer than ${MAX_NAME_LENGTH} characters` };
  if (/[<>]/.test(value) || CONTROL.test(value)) return { ok: false, reason: 'contains markup or control characters' };
  return { ok: true, value };
}

/** A phone number: digits with spaces, dots, dashes or brackets, an optional leading +, 3 to 15 digits. */
export function readPhone(raw: string): FieldResult<string> {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: 'is empty' };
  if (value.length > MAX_PHONE_LENGTH) return { ok: false, reason: `is longer than ${MAX_PHONE_LENGTH} characters` };
  if (!/^\+?[\d\s().-]+$/.test(value)) return { ok: false, reason: 'may hold only digits, spaces, + ( ) . and -' };
  const digits = value.replace(/\D/g, '').length;
  if (digits < 3 || digits > 15) return { ok: false, reason: 'must have 3 to 15 digits' };
  return { ok: true, value };
}

/** The tel: link of a valid phone number ("tel:+15550102000"). */
export function toTelHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** A website: an https address in plain ASCII with a dotted host name, no user name or password, at most 200 characters. */
export function readWebsite(raw: string): FieldResult<string> {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: 'is empty' };
  if (value.length > MAX_WEBSITE_LENGTH)
    return { ok: false, reason: `is longer than ${MAX_WEBSITE_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'is not a web address' };
  }
  if (url.protocol !== 'https:' || !/^https:\/\//i.test(value))
    return { ok: false, reason: 'must start with https://' };
  // Plain ASCII, no backslash: what the URL parser would rewrite (an accented host, a space, "\")
  // is refused rather than changed, as the WordPress plugin refuses it.
  if (/[^\x21-\x5b\x5d-\x7e]/.test(value))
    return {
      ok: false,
      reason: 'may hold only plain letters, digits and punctuation (an international name in its xn-- form)',
    };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'must not contain a user name or password' };
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname))
    return { ok: false, reason: 'needs a host name such as example.com' };
  return { ok: true, value: url.href };
}

/** A language choice: en, es or both. */
export function readClinicLang(raw: string): FieldResult<ClinicLang> {
  const value = raw.trim();
  return (CLINIC_LANGS as readonly string[]).includes(value)
    ? { ok: true, value: value as ClinicLang }
    : { ok: false, reason: `must be one of ${CLINIC_LANGS.join(', ')}` };
}

/** A whole number written in plain digits (no signs, decimals, exponents or hex). */
function readWhole(raw: string): number | null {
  return /^\d{1,5}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

/** A clinic's restart time for one activity, in hours, inside the sources' range for it. */
export function readTiming(activityId: string, raw: string, limits: ClinicLimits): FieldResult<number> {
  const range = Object.prototype.hasOwnProperty.call(limits.activityRanges, activityId)
    ? limits.activityRanges[activityId]
    : undefined;
  if (!range) return { ok: false, reason: 'is not an activity a clinic can time' };
  const hours = readWhole(raw);
  if (hours === null) return { ok: false, reason: 'must be a whole number of hours' };
  if (hours < range.minHours || hours > range.maxHours) {
    return {
      ok: false,
      reason: `must be between ${range.minHours} and ${range.maxHours} hours, the range the sources give`,
    };
  }
  return { ok: true, value: hours };
}

/** A clinic's session interval, in days, inside the range the sources support. */
export function readInterval(raw: string, limits: ClinicLimits): FieldResult<number> {
  const days = readWhole(raw);
  const { min, max } = limits.intervalRangeDays;
  if (days === null) return { ok: false, reason: 'must be a whole number of days' };
  if (days < min || days > max)
    return { ok: false, reason: `must be between ${min} and ${max} days, the range the sources give` };
  return { ok: true, value: days };
}

/** Quotes a refused value for a warning: shortened, control characters escaped, never markup. */
export function quoteValue(raw: string): string {
  const short = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(short).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
