/**
 * Public options of the layer-depth widget, shared by the .astro entry (MDX props) and embed URL
 * parameters (strings, hence the coercion). Zod Mini: embed pages parse their parameters with it.
 */
import { z } from '../../../lib/validation';
import { kebabIdOption, langOption, referencesHrefOption } from '../shared/options';

/** Options as authors and embed URLs give them. */
export const LayerDepthOptionsSchema = z.strictObject({
  /** Area shown first: an id in src/content/skin-regions (default "cheek"). */
  region: z._default(kebabIdOption, 'cheek'),
  /** Needle depth setting shown first, in mm; snapped to the pen's settings (default 1). */
  depthMm: z._default(z.coerce.number().check(z.minimum(0), z.maximum(10)), 1),
  /** Concern shown first: an id of a concern in src/content/depth-guidance, or "none" (default). */
  concern: z._default(kebabIdOption, 'none'),
  /** Language of every string (default "en"). */
  lang: langOption,
  /** URL of the references page that source numbers link to (default "/references/"). */
  referencesHref: referencesHrefOption,
});

/** Options after defaults are applied. */
export type LayerDepthOptions = z.output<typeof LayerDepthOptionsSchema>;
/** Options as given (all optional). */
export type LayerDepthOptionsInput = z.input<typeof LayerDepthOptionsSchema>;

/** Ids the options may name, read from the content collections. */
export interface KnownIds {
  regionIds: readonly string[];
  concernIds: readonly string[];
}

/** The options schema with region and concern checked against the data, so a typo fails the build by name. */
export function createLayerDepthOptionsSchema({ regionIds, concernIds }: KnownIds) {
  return LayerDepthOptionsSchema.check(
    z.refine((o) => regionIds.includes(o.region), {
      path: ['region'],
      message: `must be one of: ${regionIds.join(', ')}`,
    }),
    z.refine((o) => o.concern === 'none' || concernIds.includes(o.concern), {
      path: ['concern'],
      message: `must be "none" or one of: ${concernIds.join(', ')}`,
    }),
  );
}
