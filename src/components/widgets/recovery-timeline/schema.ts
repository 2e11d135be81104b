/**
 * Public options of the recovery-timeline widget, shared by the .astro entry's props and (later)
 * embed URL parameters, so strings such as "true" or "3" are accepted as well as real values.
 */
import { z } from '../../../lib/validation';
import { LANGS } from './strings';

const booleanish = z.union(
  [
    z.boolean(),
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((v) => v === 'true'),
    ),
  ],
  { error: 'must be true or false' },
);

/** Options of the widget. */
export const RecoveryTimelineOptionsSchema = z.strictObject({
  /** Day after the session the timeline opens on (0 = treatment day, up to 365); snapped to the nearest stop. Default 0. */
  initialDay: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(365)), 0),
  /** Whether the series planner shows. Default false. */
  showPlanner: z._default(booleanish, false),
  /** Whether the day-by-day timeline starts open or collapsed behind a disclosure. Default open. */
  timeline: z._default(z.enum(['open', 'collapsed']), 'open'),
  /** Language of every string: 'en' or 'es'. Default 'en'. */
  lang: z._default(z.enum(LANGS), 'en'),
  /** Id of the treatment series the planner starts with; default: the first in the collection. */
  series: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  /** Level of the widget's own headings (2 on a bare embed page, 3 inside an article). Default 3. */
  headingLevel: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(4)), 3),
});

/** Options as an author or embed URL may give them. */
export type RecoveryTimelineOptionsInput = z.input<typeof RecoveryTimelineOptionsSchema>;

/** Options after validation, with defaults applied. */
export type RecoveryTimelineOptions = z.output<typeof RecoveryTimelineOptionsSchema>;

/** Validates options; throws one readable error naming every bad option. */
export function parseRecoveryTimelineOptions(input: unknown, where: string): RecoveryTimelineOptions {
  const result = RecoveryTimelineOptionsSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(options)'}: ${i.message}`);
  throw new Error(`Recovery timeline options are not valid (${where}):\n${lines.join('\n')}`);
}
