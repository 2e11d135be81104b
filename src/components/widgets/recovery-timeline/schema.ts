/**
 * Public options of the recovery-timeline widget, shared by the .astro entry's props and embed
 * URL parameters, so strings such as "true" or "3" are accepted as well as real values.
 */
import { z } from '../../../lib/validation';
import { booleanOption, kebabIdOption, langOption, referencesHrefOption } from '../shared/options';

/** The last day the timeline can open on (a year after the session). */
export const MAX_INITIAL_DAY = 365;

/** Options of the widget. */
export const RecoveryTimelineOptionsSchema = z.strictObject({
  /** Day after the session the timeline opens on (0 = treatment day, up to 365); snapped to the nearest stop. Default 0. */
  initialDay: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(MAX_INITIAL_DAY)), 0),
  /** Whether the series planner shows. Default false. */
  showPlanner: z._default(booleanOption, false),
  /** Whether the day-by-day timeline starts open or collapsed behind a disclosure. Default open. */
  timeline: z._default(z.enum(['open', 'collapsed']), 'open'),
  /** Language of every string. Default 'en'. */
  lang: langOption,
  /** Id of the treatment series the planner starts with; default: the first in the collection. */
  series: z.optional(kebabIdOption),
  /** Level of the widget's own headings (2 on a bare embed page, 3 inside an article). Default 3. */
  headingLevel: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(4)), 3),
  /** URL of the references page that source numbers link to (default "/references/"). */
  referencesHref: referencesHrefOption,
});

/** Options as an author or embed URL may give them. */
export type RecoveryTimelineOptionsInput = z.input<typeof RecoveryTimelineOptionsSchema>;

/** Options after validation, with defaults applied. */
export type RecoveryTimelineOptions = z.output<typeof RecoveryTimelineOptionsSchema>;
