import { describe, expect, it } from 'vitest';
import { buildSheet, type SheetData } from '../../../../src/lib/clinic/sheet';
import { getClinicDays, getClinicLimits, getShownTiming } from '../../../../src/lib/clinic/timing';

const data: SheetData = {
  stages: [{ id: 'day-0', label: 'Day 0', summary: 'red and warm' }],
  activities: [
    {
      id: 'makeup',
      label: 'Makeup',
      shortLabel: 'Makeup',
      sourcesRange: { minHours: 24, maxHours: 48 },
      fineFromHours: 48,
      sources: ['ref-74', 'ref-117'],
    },
    {
      id: 'sunscreen',
      label: 'Sunscreen',
      shortLabel: 'Sunscreen',
      sourcesRange: { minHours: 24, maxHours: 24 },
      fineFromHours: 24,
      sources: ['ref-74'],
    },
    { id: 'other', label: 'Other', shortLabel: 'Other', sourcesRange: null, fineFromHours: null, sources: ['ref-75'] },
  ],
  tiers: [
    { id: 'clinic', heading: 'Call your clinic', when: 'Soon', numbers: [] },
    { id: 'emergency', heading: 'Call emergency services now', when: 'Now', numbers: [{ where: 'US', number: '911' }] },
  ],
  signs: [
    { id: 'a', tier: 'clinic', short: 'Cold sores', sources: ['ref-75'] },
    { id: 'b', tier: 'emergency', short: 'Trouble breathing', sources: ['ref-107'] },
  ],
  series: [
    { id: 'acne', label: 'Acne scars', sessionCount: 3, intervalDays: 30, intervalRangeDays: { min: 28, max: 30 } },
    { id: 'neck', label: 'Neck', sessionCount: 4, intervalDays: 30, intervalRangeDays: { min: 30, max: 30 } },
  ],
};
const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('getShownTiming', () => {
  const makeup = data.activities[0]!;
  it.each([
    [undefined, 'en', { time: '48 hours', clinic: false, range: '24 hours – 48 hours', hours: 48 }],
    [24, 'en', { time: '24 hours', clinic: true, range: '24 hours – 48 hours', hours: 24 }],
    [36, 'es', { time: '36 horas', clinic: true, range: '24 horas – 48 horas', hours: 36 }],
    [72, 'en', { time: '48 hours', clinic: false, range: '24 hours – 48 hours', hours: 48 }],
  ] as const)('with a clinic time of %s hours (%s) shows %j', (hours, lang, expected) => {
    expect(getShownTiming(makeup, hours, lang)).toEqual(expected);
  });

  it('gives no range where the sources agree, and no time where none is given', () => {
    expect(getShownTiming(data.activities[1]!, undefined, 'en').range).toBeNull();
    expect(getShownTiming(data.activities[2]!, 10, 'en')).toMatchObject({ clinic: false, hours: null });
  });
});

describe('getClinicLimits', () => {
  it('takes every range the sources give, and the widest session interval of the series', () => {
    expect(getClinicLimits(data.activities, data.series)).toEqual({
      activityRanges: { makeup: { minHours: 24, maxHours: 48 }, sunscreen: { minHours: 24, maxHours: 24 } },
      intervalRangeDays: { min: 28, max: 30 },
    });
  });
});

describe('buildSheet', () => {
  const clinic = {
    name: 'Bright Skin',
    phone: '(555) 010-2000',
    afterHoursPhone: '+1 555 010 9999',
    intervalDays: 28,
    timings: { makeup: 24 },
  };
  const sheet = buildSheet(
    data,
    { sessionDate: day(2026, 3, 3), sessionNumber: 1, seriesIds: ['acne', 'neck', 'nope'], clinic },
    'en',
  );

  it('puts the clinic’s numbers in the first tier only, as tap-to-call links', () => {
    expect(sheet.tiers.map((t) => t.clinicLines)).toEqual([
      [
        { kind: 'daytime', phone: '(555) 010-2000', href: 'tel:5550102000' },
        { kind: 'after-hours', phone: '+1 555 010 9999', href: 'tel:+15550109999' },
      ],
      [],
    ]);
    expect(sheet.tiers[1]?.numbers).toEqual([{ where: 'US', number: '911', href: 'tel:911' }]);
    expect(sheet.tiers.map((t) => t.signs)).toEqual([['Cold sores'], ['Trouble breathing']]);
  });

  it('uses the clinic’s time where it set one inside the range', () => {
    expect(sheet.waits.map((w) => [w.id, w.time, w.clinic])).toEqual([
      ['makeup', '24 hours', true],
      ['sunscreen', '24 hours', false],
      ['other', 'no set time: our sources give none, so ask your provider', false],
    ]);
  });

  it('dates the remaining sessions with the clinic’s interval where the series allows it', () => {
    expect(sheet.nextSessions).toEqual([
      {
        seriesId: 'acne',
        label: 'Acne scars',
        dates: [
          { number: 2, date: day(2026, 3, 31) },
          { number: 3, date: day(2026, 4, 28) },
        ],
      },
      // The neck series allows only 30 days, so the clinic's 28 is not used there.
      {
        seriesId: 'neck',
        label: 'Neck',
        dates: [
          { number: 2, date: day(2026, 4, 2) },
          { number: 3, date: day(2026, 5, 2) },
          { number: 4, date: day(2026, 6, 1) },
        ],
      },
    ]);
  });

  it('lists after a later session only the sessions still to come', () => {
    const later = buildSheet(
      data,
      { sessionDate: day(2026, 3, 3), sessionNumber: 3, seriesIds: ['acne'], clinic: {} },
      'en',
    );
    expect(later.nextSessions).toEqual([{ seriesId: 'acne', label: 'Acne scars', dates: [] }]);
  });

  it('lists the references behind its timings and signs, in order', () => {
    expect(sheet.sourceNumbers).toEqual([74, 75, 107, 117]);
  });
});

describe('getClinicDays', () => {
  const makeup = data.activities[0]!;
  it.each([
    [
      24,
      'en',
      {
        avoidUntilDay: 1,
        fineFromDay: 1,
        clinicNote: 'Your clinic: 24 hours · sources range from 24 hours to 48 hours',
      },
    ],
    [
      36,
      'es',
      { avoidUntilDay: 2, fineFromDay: 2, clinicNote: 'Tu clínica: 36 horas · las fuentes van de 24 horas a 48 horas' },
    ],
    [
      48,
      'en',
      {
        avoidUntilDay: 2,
        fineFromDay: 2,
        clinicNote: 'Your clinic: 48 hours · sources range from 24 hours to 48 hours',
      },
    ],
    [72, 'en', null],
    [undefined, 'en', null],
  ] as const)('turns a clinic time of %s hours (%s) into %j', (hours, lang, expected) => {
    expect(getClinicDays(makeup, hours, lang)).toEqual(expected);
  });
});
