/** Small, hand-written inputs for the recovery-timeline model tests (shaped like the real content). */
import type {
  ActivityTiming,
  SeriesTiming,
  StageTiming,
} from '../../../../src/components/widgets/recovery-timeline/types';

/** Stages with the same day ranges and stops as the content collection. */
export const STAGES: (StageTiming & { id: string })[] = [
  { id: 'day-0', dayFrom: 0, dayTo: 0, unit: 'day' },
  { id: 'day-1', dayFrom: 1, dayTo: 1, unit: 'day' },
  { id: 'day-2', dayFrom: 2, dayTo: 2, unit: 'day' },
  { id: 'day-3', dayFrom: 3, dayTo: 3, unit: 'day' },
  { id: 'days-4-7', dayFrom: 4, dayTo: 7, unit: 'day' },
  { id: 'weeks-2-4', dayFrom: 8, dayTo: 28, unit: 'week', stopDays: [14, 21, 28] },
  { id: 'months-1-6', dayFrom: 29, dayTo: 180, unit: 'month', stopDays: [30, 60, 90, 120, 150, 180] },
  { id: 'after-6-months', dayFrom: 181, dayTo: 365, unit: 'month', stopDays: [270, 365] },
];

/** The stop days the stages above give, written out by hand. */
export const STOP_DAYS = [0, 1, 2, 3, 4, 5, 6, 7, 14, 21, 28, 30, 60, 90, 120, 150, 180, 270, 365];

/** Activities with and without reminders, disputed and unstated timings. */
export const ACTIVITIES: (ActivityTiming & { reminder?: string })[] = [
  { id: 'makeup', avoidUntilDay: 1, fineFromDay: null, estimate: false },
  { id: 'sunscreen', avoidUntilDay: 1, fineFromDay: 1, estimate: false, reminder: 'Sunscreen back on.' },
  { id: 'sun', avoidUntilDay: 3, fineFromDay: 3, estimate: false, reminder: 'Sun with sunscreen is fine.' },
  { id: 'exercise', avoidUntilDay: 3, fineFromDay: 3, estimate: false, reminder: 'Exercise is fine.' },
  { id: 'swimming', avoidUntilDay: 7, fineFromDay: 7, estimate: true, reminder: 'Ask about pools.' },
  {
    id: 'retinoids-acids',
    avoidUntilDay: 7,
    fineFromDay: 7,
    earliestStatedDay: 5,
    estimate: false,
    reminder: 'Retinoids fine.',
  },
  { id: 'other-treatments', avoidUntilDay: 30, fineFromDay: 30, earliestStatedDay: 14, estimate: false },
];

/** Three sessions 30 days apart (28–30 allowed), checks 1 and 6 months after, upkeep 6–12 months. */
export const ACNE: SeriesTiming = {
  id: 'acne-scars-face',
  sessionCount: 3,
  intervalDays: 30,
  intervalRangeDays: { min: 28, max: 30 },
  followUps: [{ monthsAfterLast: 1 }, { monthsAfterLast: 6 }],
  maintenance: { minMonths: 6, maxMonths: 12 },
};

/** Four sessions 30 days apart, checks 1 and 3 months after, no upkeep. */
export const NECK: SeriesTiming = {
  id: 'neck-wrinkles',
  sessionCount: 4,
  intervalDays: 30,
  intervalRangeDays: { min: 30, max: 30 },
  followUps: [{ monthsAfterLast: 1 }, { monthsAfterLast: 3 }],
};

/** Reads "YYYY-MM-DD" into a calendar date without the code under test. */
export function d(iso: string) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** Time zones with daylight-saving changes on different dates, both hemispheres. */
export const TIME_ZONES = [
  { tz: 'America/New_York', januaryOffsetMinutes: 300 },
  { tz: 'Europe/London', januaryOffsetMinutes: 0 },
  { tz: 'Pacific/Auckland', januaryOffsetMinutes: -780 },
  { tz: 'UTC', januaryOffsetMinutes: 0 },
];

/** Runs the callback with process.env.TZ set, then restores it. */
export function withTimeZone<T>(tz: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = tz;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
