/**
 * Embed URLs that carry their options in the path, for pasting: WordPress (and other oEmbed
 * consumers) read a pasted URL's discovery link from static HTML, and a static file cannot echo
 * a query string, so `/embed/recovery-timeline/?lang=es&planner=true` would lose its options on
 * the way. `/embed/recovery-timeline/es/planner/` keeps them: it is a page of its own whose
 * oEmbed answer frames the query URL. Pure: the caller supplies the ids the data knows.
 */
import type { EmbedWidgetId } from './widgets';

/** One embed URL with options in its path. */
export interface EmbedVariant {
  widget: EmbedWidgetId;
  /** Path segments after /embed/<widget>/, e.g. ['es', 'planner']. */
  segments: string[];
  /** The same options as query parameters. */
  params: Record<string, string>;
}

/** What the data allows in a path: the areas, and the days the timeline has a stop on. */
export interface VariantIds {
  regionIds: readonly string[];
  stopDays: readonly number[];
}

/** Languages other than the default that get a path segment. */
const PATH_LANGS = ['es'] as const;

function withLang<T>(choices: T[]): { lang: string | undefined; choice: T }[] {
  return [undefined, ...PATH_LANGS].flatMap((lang) => choices.map((choice) => ({ lang, choice })));
}

/**
 * Every path variant: for the recovery timeline, language × planner × the day of each stop; for
 * layer-depth, language × area. The default of each option has no segment, and the URL with no
 * segment at all is the plain embed page, so it is not listed.
 */
export function listVariants({ regionIds, stopDays }: VariantIds): EmbedVariant[] {
  const days = stopDays.filter((d) => d !== 0);
  const timeline = withLang(
    [false, true].flatMap((planner) => [undefined, ...days].map((day) => ({ planner, day }))),
  ).map(({ lang, choice: { planner, day } }) => ({
    widget: 'recovery-timeline' as const,
    segments: [lang, planner ? 'planner' : undefined, day === undefined ? undefined : `day-${day}`].filter(
      (s): s is string => s !== undefined,
    ),
    params: {
      ...(lang ? { lang } : {}),
      ...(planner ? { planner: 'true' } : {}),
      ...(day === undefined ? {} : { day: String(day) }),
    },
  }));
  const layer = withLang([undefined, ...regionIds]).map(({ lang, choice: region }) => ({
    widget: 'layer-depth' as const,
    segments: [lang, region].filter((s): s is string => s !== undefined),
    params: { ...(lang ? { lang } : {}), ...(region ? { region } : {}) },
  }));
  return [...timeline, ...layer].filter((v) => v.segments.length > 0);
}

/** The query string of a variant's options, in the order the path names them. */
export function variantQuery(variant: EmbedVariant): string {
  return new URLSearchParams(variant.params).toString();
}
