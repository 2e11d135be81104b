/**
 * The clinic's profile on the kit page: what the form holds, what of it is valid, and where it is kept.
 * Nothing leaves the browser: the profile lives in the form, in this browser's storage when the clinic
 * asks, and in a link whose fragment (never sent to a server) carries it. The form's fields use the
 * link's own keys, so one reader (lib/clinic/fragment.ts) checks both.
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeRecoveryFragment, encodeRecoveryFragment, readLinkEntries } from '../../lib/clinic/fragment';
import type { ClinicLimits } from '../../lib/clinic/profile';
import { getLocalCalendarDate } from '../widgets/recovery-timeline/model/dates';

/** Where a remembered profile is kept in this browser. */
export const STORAGE_KEY = 'skinpen-clinic-profile';

/** The form's fields as typed, by link key: name, phone, after, web, lang, interval, t-<activity>. */
export type ProfileFields = Record<string, string>;

/** Reads a remembered profile, if the browser allows storage at all. */
function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Holds the profile form; starts from the page's link, else from this browser's storage. */
export function useClinicProfile(limits: ClinicLimits) {
  const [fields, setFields] = useState<ProfileFields>({ lang: 'en' });
  const [remembered, setRemembered] = useState(false);
  useEffect(() => {
    const stored = readStored();
    const source = window.location.hash.length > 1 ? window.location.hash : stored;
    setRemembered(stored !== null);
    if (!source) return;
    const decoded = decodeRecoveryFragment(source, limits, getLocalCalendarDate(new Date()));
    for (const warning of decoded.warnings) console.warn(warning);
    // Back to the form's shape: the fragment of the decoded profile holds exactly its valid fields.
    const clean = new URLSearchParams(encodeRecoveryFragment(decoded.link).slice(1));
    clean.delete('skinpen');
    clean.delete('date');
    setFields({ lang: 'en', ...Object.fromEntries(clean) });
  }, [limits]);

  const read = useMemo(() => {
    const entries = Object.entries(fields).filter(([, raw]) => raw.trim() !== '');
    return readLinkEntries(entries, limits, getLocalCalendarDate(new Date()));
  }, [fields, limits]);
  const profile = read.link.clinic;
  const errors = Object.fromEntries(read.problems.map((p) => [p.key, p.reason]));
  const fragment = encodeRecoveryFragment({ clinic: profile });

  /** Keeps the valid profile in this browser; false when the browser refuses storage. */
  const remember = (): boolean => {
    try {
      window.localStorage.setItem(STORAGE_KEY, fragment);
      setRemembered(true);
      return true;
    } catch {
      return false;
    }
  };
  const forget = () => {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing was stored if the browser refuses storage.
    }
    setRemembered(false);
  };
  const setField = (key: string, value: string) => setFields((f) => ({ ...f, [key]: value }));
  return { fields, setField, profile, errors, fragment, remembered, remember, forget };
}
