import { describe, expect, it } from 'vitest';
import { decodeRecoveryFragment, encodeRecoveryFragment, type RecoveryLink } from '../../../../src/lib/clinic/fragment';
import type { ClinicLimits } from '../../../../src/lib/clinic/profile';

const limits: ClinicLimits = {
  activityRanges: { makeup: { minHours: 24, maxHours: 48 }, exercise: { minHours: 72, maxHours: 168 } },
  intervalRangeDays: { min: 28, max: 42 },
};
const today = { year: 2026, month: 3, day: 10 };
const decode = (hash: string) => decodeRecoveryFragment(hash, limits, today);

describe('the recovery link', () => {
  const full: RecoveryLink = {
    sessionDate: { year: 2026, month: 3, day: 3 },
    clinic: {
      name: 'Clínica Piel Sana & Co. #1',
      phone: '(555) 010-2000',
      afterHoursPhone: '+1 555 010 9999',
      website: 'https://pielsana.example/cuidados?a=1&b=2#top',
      lang: 'both',
      intervalDays: 35,
      timings: { makeup: 24, exercise: 96 },
    },
  };

  it.each<[string, RecoveryLink]>([
    ['every field', full],
    ['a date only', { sessionDate: { year: 2025, month: 3, day: 11 }, clinic: {} }],
    ['a clinic only', { clinic: { name: 'A', lang: 'es' } }],
    ['the limits of every range', { clinic: { intervalDays: 42, timings: { makeup: 48, exercise: 72 } } }],
    ['nothing', { clinic: {} }],
  ])('reads back %s exactly as written', (_name, link) => {
    expect(decode(encodeRecoveryFragment(link))).toEqual({ link, warnings: [] });
  });

  it('puts nothing about the patient in the fragment, only the date and the clinic', () => {
    const keys = [...new URLSearchParams(encodeRecoveryFragment(full).slice(1)).keys()];
    expect(keys).toEqual([
      'skinpen',
      'date',
      'name',
      'phone',
      'after',
      'web',
      'lang',
      'interval',
      't-makeup',
      't-exercise',
    ]);
  });
});

describe('reading untrusted fragments', () => {
  it.each([
    ['an empty fragment', '', { clinic: {} }, []],
    ['someone else’s fragment', '#section-2', { clinic: {} }, ['not in a format this page knows']],
    ['a later format', '#skinpen=2&date=2026-03-03', { clinic: {} }, ['not in a format this page knows']],
    [
      'markup in the clinic name',
      '#skinpen=1&name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&phone=911',
      { clinic: { phone: '911' } },
      [
        'name="\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" contains markup or control characters; it was ignored.',
      ],
    ],
    ['a javascript: website', '#skinpen=1&web=javascript%3Aalert(1)', { clinic: {} }, ['must start with https://']],
    ['an http website', '#skinpen=1&web=http%3A%2F%2Fa.example', { clinic: {} }, ['must start with https://']],
    ['a phone with letters', '#skinpen=1&phone=555-CALL-NOW', { clinic: {} }, ['may hold only digits']],
    ['an over-long phone', `#skinpen=1&phone=${'1'.repeat(30)}`, { clinic: {} }, ['is longer than 25 characters']],
    ['a date years away', '#skinpen=1&date=2031-03-03', { clinic: {} }, ['more than a year from today']],
    ['an impossible date', '#skinpen=1&date=2026-02-30', { clinic: {} }, ['is not a real date']],
    ['a truncated date', '#skinpen=1&date=2026-0', { clinic: {} }, ['must be written YYYY-MM-DD']],
    ['a timing out of range', '#skinpen=1&t-makeup=6', { clinic: {} }, ['between 24 and 48 hours']],
    [
      'a timing for an unknown activity',
      '#skinpen=1&t-tanning=1',
      { clinic: {} },
      ['not an activity a clinic can time'],
    ],
    ['an interval out of range', '#skinpen=1&interval=7', { clinic: {} }, ['between 28 and 42 days']],
    ['a doubled fragment', '#skinpen=1&name=A#skinpen=1&name=B', { clinic: { name: 'A' } }, ['holds its data twice']],
    ['a repeated field', '#skinpen=1&name=A&name=B', { clinic: { name: 'A' } }, ['"name" appears more than once']],
    [
      'many unknown fields, warned about once',
      '#skinpen=1&a=1&b=2&c=3&d=4&e=5&f=6&g=7',
      { clinic: {} },
      ['unknown fields "a", "b", "c", "d", "e" and 2 more were ignored'],
    ],
    ['a fragment far too long', `#skinpen=1&name=${'a'.repeat(2000)}`, { clinic: {} }, ['longer than 1500 characters']],
    [
      'a prototype name',
      '#skinpen=1&t-__proto__=30&__proto__=1',
      { clinic: {} },
      ['not an activity a clinic can time', 'unknown field "__proto__" was ignored'],
    ],
  ])('survives %s', (_name, hash, link, warnings) => {
    const decoded = decode(hash);
    expect(decoded.link).toEqual(link);
    expect(decoded.warnings).toHaveLength(warnings.length);
    warnings.forEach((w, i) => expect(decoded.warnings[i]).toContain(w));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps the good fields when some are bad', () => {
    const decoded = decode('#skinpen=1&date=2026-03-03&phone=letters&name=Bright%20Skin&t-makeup=999');
    expect(decoded.link).toEqual({ sessionDate: { year: 2026, month: 3, day: 3 }, clinic: { name: 'Bright Skin' } });
    expect(decoded.warnings).toHaveLength(2);
  });
});
