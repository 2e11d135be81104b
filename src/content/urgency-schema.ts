/**
 * Schemas of the urgency data (src/content/urgency/): the three tiers of how fast to act, and the
 * warning signs, each in one tier. Every place the site says when to get help reads these.
 */
import { z } from 'astro/zod';
import { SourceBasisSchema } from '../components/widgets/recovery-timeline/data-schema';
import {
  createReferenceIdSchema,
  kebabId,
  LocalTextSchema as LocalizedTextSchema,
} from '../components/widgets/shared/schema-atoms';

/** Where the tiers live; warning signs name a tier by its id there. */
export const TIERS_PATH = 'src/content/urgency/tiers.yaml';

/** One urgency tier: a heading the reader scans for, and what to do. */
export function createUrgencyTierSchema(knownIds: ReadonlySet<string>) {
  return z.strictObject({
    /** kebab-case id that warning signs name, e.g. `same-day`. */
    id: kebabId,
    /** 1 for the least urgent; tiers are shown in this order. */
    order: z.number().int().min(1),
    /** The tier's heading: the action, in words ("Call your clinic"). */
    heading: LocalizedTextSchema,
    /** How fast, and where to go. */
    when: LocalizedTextSchema,
    /** A caveat about where the tier's signs come from. */
    note: LocalizedTextSchema.optional(),
    /** Emergency numbers by country or region, shown as tap-to-call links. */
    numbers: z
      .array(
        z.strictObject({
          /** Country or region, e.g. "US". */
          where: LocalizedTextSchema,
          /** Digits only, e.g. "911". */
          number: z.string().regex(/^\d{2,6}$/, 'must be digits only, e.g. "911"'),
        }),
      )
      .default([]),
    /** Reference ids behind the tier's advice (its signs carry their own). */
    sources: z.array(createReferenceIdSchema(knownIds)).default([]),
  });
}

/** A string that must name a tier in tiers.yaml (read before any warning sign is checked). */
export function createTierIdSchema(tierIds: ReadonlySet<string>) {
  return z.string().refine((id) => tierIds.has(id), {
    error: (issue) =>
      `unknown urgency tier "${String(issue.input)}": it is not in ${TIERS_PATH} (known: ${[...tierIds].join(', ')})`,
  });
}

/** One warning sign after a session, in the tier that says how fast to act on it. */
export function createWarningSignSchema(knownIds: ReadonlySet<string>, tierIds: ReadonlySet<string>) {
  return z.strictObject({
    /** kebab-case id. */
    id: kebabId,
    /** Position in the list, from 1. */
    order: z.number().int().min(1),
    /** The tier, by id: how fast to act. Where sources put the sign in different tiers, the more cautious. */
    tier: createTierIdSchema(tierIds),
    /** The sign, written for patients. */
    text: LocalizedTextSchema,
    /** The sign in a few words, for the one-page take-home sheet. */
    short: z.strictObject({ en: z.string().min(3).max(100), es: z.string().min(3).max(100) }),
    /** A caveat shown with the sign (e.g. that its tier is our own grouping). */
    note: LocalizedTextSchema.optional(),
    /** Where sources put the sign in different tiers: what each says. */
    conflict: LocalizedTextSchema.optional(),
    /** Set when every source is secondary: which kind. */
    basis: SourceBasisSchema.optional(),
    /** Reference ids (`ref-N`) that support it; at least one. */
    sources: z.array(createReferenceIdSchema(knownIds)).min(1, 'needs at least one reference id'),
  });
}

/** A validated urgency tier. */
export type UrgencyTier = z.infer<ReturnType<typeof createUrgencyTierSchema>>;
/** A validated warning sign. */
export type WarningSign = z.infer<ReturnType<typeof createWarningSignSchema>>;
