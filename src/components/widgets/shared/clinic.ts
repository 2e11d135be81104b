/**
 * The clinic a widget names: from a clinic's embed options (clinic, phone, after-hours, website)
 * or a reader's own recovery link. Pure; the values have already been checked by the clinic
 * profile's readers (lib/clinic/profile.ts), so they are plain text and an https address.
 */
import type { ClinicProfile } from '../../../lib/clinic/profile';

/** The clinic that treated the reader, as the widgets show it. */
export interface ClinicContact {
  name?: string;
  phone?: string;
  afterHoursPhone?: string;
  website?: string;
}

/** The contact part of a clinic profile, or undefined when it has none. */
export function toClinicContact(profile: ClinicProfile): ClinicContact | undefined {
  const contact: ClinicContact = {
    ...(profile.name ? { name: profile.name } : {}),
    ...(profile.phone ? { phone: profile.phone } : {}),
    ...(profile.afterHoursPhone ? { afterHoursPhone: profile.afterHoursPhone } : {}),
    ...(profile.website ? { website: profile.website } : {}),
  };
  return Object.keys(contact).length > 0 ? contact : undefined;
}

/** Prefix of the embed parameters that carry a clinic's restart time for an activity ("t-makeup"). */
export const TIMING_PARAM_PREFIX = 't-';

/**
 * A clinic profile as embed parameters (what the snippet builder writes): `clinic`, `phone`,
 * `after-hours`, `website`, and for the recovery timeline `interval` and `t-<activity>`.
 */
export function profileToEmbedParams(profile: ClinicProfile): Record<string, string> {
  const params: Record<string, string> = {};
  if (profile.name !== undefined) params['clinic'] = profile.name;
  if (profile.phone !== undefined) params['phone'] = profile.phone;
  if (profile.afterHoursPhone !== undefined) params['after-hours'] = profile.afterHoursPhone;
  if (profile.website !== undefined) params['website'] = profile.website;
  if (profile.intervalDays !== undefined) params['interval'] = String(profile.intervalDays);
  for (const [id, hours] of Object.entries(profile.timings ?? {}))
    params[`${TIMING_PARAM_PREFIX}${id}`] = String(hours);
  return params;
}

/** The clinic profile in accepted embed parameter values (the inverse of {@link profileToEmbedParams}). */
export function embedParamsToProfile(values: Readonly<Record<string, unknown>>): ClinicProfile {
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const profile: ClinicProfile = {};
  const name = text('clinic');
  const phone = text('phone');
  const after = text('after-hours');
  const website = text('website');
  if (name !== undefined) profile.name = name;
  if (phone !== undefined) profile.phone = phone;
  if (after !== undefined) profile.afterHoursPhone = after;
  if (website !== undefined) profile.website = website;
  if (typeof values['interval'] === 'number') profile.intervalDays = values['interval'];
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith(TIMING_PARAM_PREFIX) && typeof value === 'number')
      profile.timings = { ...profile.timings, [key.slice(TIMING_PARAM_PREFIX.length)]: value };
  }
  return profile;
}
