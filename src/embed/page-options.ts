/**
 * What each embed page passes to its widget entry. The embed page renders English with these
 * options, and `/embed/<widget>/props.<lang>.json` gives the island's props in each other
 * language with the same options, fetched only when a clinic asks for that language: the page
 * itself stays small enough to arrive in the first round trip of a slow connection.
 */
export const EMBED_OTHER_LANGS = ['es'] as const;

/** Address of the island's props in `lang`, relative to the site. */
export function embedPropsPath(widget: 'layer-depth' | 'recovery-timeline', lang: string): string {
  return `/embed/${widget}/props.${lang}.json`;
}

/** The options the layer-depth embed page gives its widget. */
export function layerDepthEmbedOptions(site: URL | undefined) {
  return { referencesHref: new URL('/references/', site).href };
}

/** The options the recovery-timeline embed page gives its widget. */
export function recoveryTimelineEmbedOptions(site: URL | undefined) {
  return { headingLevel: 2, referencesHref: new URL('/references/', site).href };
}
