/** Schemas of the recovery-timeline widget's data collections (build time): stages, activities and series. */
import { z } from 'astro/zod';
import { createLocalTextSchema, createSourcesSchema, kebabId, LocalTextSchema } from '../shared/schema-atoms';

/**
 * What kind of secondary source an item rests on, so the widget can say so; omit it when the
 * item rests on primary sources (labeling, trials, peer-reviewed reviews).
 */
export const SourceBasisSchema = z.enum([
  'clinic-instructions',
  'clinic-page',
  'maker-page',
  'general-summary',
  'expert-opinion',
]);

const dayNumber = z.number().int().min(0).max(3650);

/** One sourced statement in a recovery stage, activity or series, given the known reference ids. */
function createSourcedTextSchema(knownIds: ReadonlySet<string>) {
  return z.strictObject({
    /** The statement, written for patients. */
    text: LocalTextSchema,
    /** Reference ids (`ref-N`) that support it; at least one. */
    sources: createSourcesSchema(knownIds, 1),
    /** Set when every source is secondary: which kind, shown to the reader. */
    basis: SourceBasisSchema.optional(),
    /** Where sources disagree: what they say and which timing the widget shows. */
    conflict: LocalTextSchema.optional(),
  });
}

/** One stage of recovery after a session (src/content/recovery-stages/stages.yaml). */
export function createRecoveryStageSchema(knownIds: ReadonlySet<string>) {
  const item = createSourcedTextSchema(knownIds);
  return z
    .strictObject({
      /** kebab-case id, e.g. `day-0`. */
      id: kebabId,
      /** First day after the session this stage covers (0 = treatment day). */
      dayFrom: dayNumber,
      /** Last day this stage covers, inclusive. */
      dayTo: dayNumber,
      /** How the reader counts time in this stage: by day, week or month. */
      unit: z.enum(['day', 'week', 'month']),
      /** Days the scrubber stops at inside the stage; default: every day from dayFrom to dayTo. */
      stopDays: z.array(dayNumber).min(1).optional(),
      /** Very short label on the time axis, e.g. `4–7`. */
      axisLabel: z.string().min(1).max(6),
      /** Stage name, e.g. "Days 4 to 7". */
      label: LocalTextSchema,
      /** A few words for screen readers and the day control, e.g. "redness fading". */
      summary: LocalTextSchema,
      /** What you may notice. */
      notice: z.array(item).min(1),
      /** What to do. */
      do: z.array(item),
      /** What to avoid. */
      avoid: z.array(item),
      /** What is not normal at this stage (call your clinic). */
      callIf: z.array(item),
    })
    .refine((s) => s.dayTo >= s.dayFrom, { path: ['dayTo'], message: 'must not be before dayFrom' })
    .refine((s) => (s.stopDays ?? []).every((d) => d >= s.dayFrom && d <= s.dayTo), {
      path: ['stopDays'],
      message: 'every stop must lie between dayFrom and dayTo',
    })
    .refine((s) => (s.stopDays ?? []).every((d, i, all) => i === 0 || d > (all[i - 1] ?? -1)), {
      path: ['stopDays'],
      message: 'must be in ascending order without repeats',
    });
}

/** Longest restart time an activity may have, in hours (a year). */
const MAX_HOURS = 24 * 365;
const hours = z.number().int().min(0).max(MAX_HOURS);

/**
 * One everyday activity and when it is usually fine again (src/content/recovery-activities/): the one
 * place the site keeps these timings, in hours after the session.
 */
export function createRecoveryActivitySchema(knownIds: ReadonlySet<string>) {
  return z
    .strictObject({
      /** kebab-case id, e.g. `exercise`. */
      id: kebabId,
      /** Position in the list and on the chart, from 1. */
      order: z.number().int().min(1),
      /** Full name, e.g. "Exercise and sweating". */
      label: LocalTextSchema,
      /** Name short enough for the chart row (at most 22 characters). */
      shortLabel: createLocalTextSchema(z.string().trim().min(2).max(22)),
      /** Earliest and latest restart time the sources give, in hours; null when no source gives one. */
      sourcesRange: z
        .strictObject({ minHours: hours, maxHours: hours })
        .refine((r) => r.minHours <= r.maxHours, { path: ['minHours'], message: 'must not be after maxHours' })
        .nullable(),
      /** The restart time the site shows, in hours: the more cautious end where sources disagree; null with no range. */
      fineFromHours: hours.nullable(),
      /** True when the time is our reading of vaguer wording ("the first several days"). */
      estimate: z.boolean().default(false),
      /** What the sources say, in a sentence or two. */
      detail: LocalTextSchema,
      /** Where sources disagree: what each says and which timing we show. */
      conflict: LocalTextSchema.optional(),
      /** Calendar reminder text for the day it is usually fine again; omit for no reminder. */
      reminder: LocalTextSchema.optional(),
      /** Set when every source is secondary: which kind. */
      basis: SourceBasisSchema.optional(),
      /** Reference ids that support the timing. */
      sources: createSourcesSchema(knownIds, 1),
    })
    .refine((a) => (a.fineFromHours === null) === (a.sourcesRange === null), {
      path: ['fineFromHours'],
      message: 'give both fineFromHours and sourcesRange, or neither (no source gives a time)',
    })
    .refine(
      (a) =>
        a.fineFromHours === null ||
        a.sourcesRange === null ||
        (a.fineFromHours >= a.sourcesRange.minHours && a.fineFromHours <= a.sourcesRange.maxHours),
      { path: ['fineFromHours'], message: "must lie inside sourcesRange (the sources' earliest to latest time)" },
    )
    .refine((a) => a.sourcesRange === null || a.fineFromHours === a.sourcesRange.maxHours, {
      path: ['fineFromHours'],
      message: 'must be sourcesRange.maxHours: where sources differ, the site shows the more cautious time',
    })
    .refine((a) => a.sourcesRange === null || a.sourcesRange.minHours < a.sourcesRange.maxHours === !!a.conflict, {
      path: ['conflict'],
      message: 'explain the disagreement exactly when sourcesRange.minHours and maxHours differ',
    })
    .refine((a) => a.reminder === undefined || a.fineFromHours !== null, {
      path: ['reminder'],
      message: 'a reminder needs a fineFromHours',
    });
}

/** A usual series of sessions from one study or body of evidence (src/content/treatment-series/). */
export function createTreatmentSeriesSchema(knownIds: ReadonlySet<string>) {
  const item = createSourcedTextSchema(knownIds);
  return z
    .strictObject({
      /** kebab-case id, e.g. `acne-scars-face`. */
      id: kebabId,
      /** Position in the planner's list, from 1. */
      order: z.number().int().min(1),
      /** Name in the planner's list. */
      label: LocalTextSchema,
      /** How many sessions the series has. */
      sessionCount: z.number().int().min(1).max(12),
      /** Days between one session and the next in the plan. */
      intervalDays: z.number().int().min(1).max(365),
      /** Range of gaps, in days, the sources support between sessions. */
      intervalRangeDays: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
      /** Where the interval and its range come from, in a sentence. */
      interval: item,
      /** Results check-ups, counted in calendar months after the last session. */
      followUps: z
        .array(
          z.strictObject({
            /** Calendar months after the last session. */
            monthsAfterLast: z.number().int().min(1).max(24),
            /** Name of the check-up. */
            label: LocalTextSchema,
            /** Reference ids for the check-up time. */
            sources: createSourcesSchema(knownIds, 1),
          }),
        )
        .min(1),
      /** When final results can be judged, in a sentence. */
      results: item,
      /** Upkeep sessions after the series, in calendar months after the last session. */
      maintenance: z
        .strictObject({
          /** Soonest, in months after the last session. */
          minMonths: z.number().int().min(1),
          /** Latest, in months after the last session. */
          maxMonths: z.number().int().min(1),
          /** What the source says. */
          note: item,
        })
        .optional(),
    })
    .refine((s) => s.intervalRangeDays.min <= s.intervalRangeDays.max, {
      path: ['intervalRangeDays'],
      message: 'min must not exceed max',
    })
    .refine((s) => s.intervalDays >= s.intervalRangeDays.min && s.intervalDays <= s.intervalRangeDays.max, {
      path: ['intervalDays'],
      message: 'must lie inside intervalRangeDays',
    });
}

/** A validated recovery stage. */
export type RecoveryStage = z.infer<ReturnType<typeof createRecoveryStageSchema>>;
/** A validated activity. */
export type RecoveryActivity = z.infer<ReturnType<typeof createRecoveryActivitySchema>>;
/** A validated treatment series. */
export type TreatmentSeries = z.infer<ReturnType<typeof createTreatmentSeriesSchema>>;
/** A validated sourced statement. */
export type SourcedText = z.infer<ReturnType<typeof createSourcedTextSchema>>;
