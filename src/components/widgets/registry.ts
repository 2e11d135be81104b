/**
 * Every widget, once (build time). Embed pages and their props files, oEmbed answers and the
 * "For clinics" builder read this list; the loader reads the dependency-free part of it
 * (src/embed/widgets.ts). A new widget is its own folder, one entry here and in widgets.ts, and a
 * three-line embed page (src/pages/embed/<id>/index.astro): Astro gives a page the CSS of every
 * component its module imports, so one dynamic route would ship every widget's CSS on each
 * embed page, and this list imports no component for the same reason.
 */
import type { Lang } from './shared/i18n';
import type { EmbedWidgetId } from '../../embed/widgets';
import { getLayerDepthBuilderFields, loadLayerDepthProps } from './layer-depth/props';
import { getRecoveryTimelineBuilderFields, loadRecoveryTimelineProps } from './recovery-timeline/props';

/** One option in the clinics' snippet builder; `name` is the embed parameter it sets. */
export type BuilderField =
  | {
      kind: 'select';
      name: string;
      label: string;
      /** `regions`: the areas an option applies to (a concern); the builder disables it elsewhere. */
      options: { value: string; label: string; regions?: string[] }[];
      defaultLabel: string;
      /** The value the widget uses when the field is left at its default. */
      defaultValue?: string;
    }
  | { kind: 'number'; name: string; label: string; min: number; max: number; step: number; defaultValue: number }
  | { kind: 'checkbox'; name: string; label: string };

/** What the site needs to know about one widget at build time. */
export interface RegisteredWidget {
  id: EmbedWidgetId;
  /** The article the embed credits as "the full guide". */
  articleSlug: string;
  /** Options its embed page gives the entry, besides the references address. */
  embedOptions: Readonly<Record<string, unknown>>;
  /** Checks options and builds the island's props in any language (the entry's own loader). */
  loadProps(options: Record<string, unknown>, where: string): Promise<{ islandProps: (lang: Lang) => unknown }>;
  /** The builder's legend for this widget's own options, and the options. */
  builderLegend: string;
  getBuilderFields(): Promise<BuilderField[]>;
}

/** The widgets, in the order the builder lists them. */
export const WIDGETS: readonly RegisteredWidget[] = [
  {
    id: 'layer-depth',
    articleSlug: 'how-microneedling-works',
    embedOptions: {},
    loadProps: loadLayerDepthProps,
    builderLegend: 'Skin layer diagram starts at',
    getBuilderFields: getLayerDepthBuilderFields,
  },
  {
    id: 'recovery-timeline',
    articleSlug: 'recovery-day-by-day',
    embedOptions: { headingLevel: 2 },
    loadProps: loadRecoveryTimelineProps,
    builderLegend: 'Recovery timeline starts at',
    getBuilderFields: getRecoveryTimelineBuilderFields,
  },
];

/** The registered widget with `id`; throws for an id that is not registered. */
export function getWidget(id: string): RegisteredWidget {
  const widget = WIDGETS.find((w) => w.id === id);
  if (!widget) throw new Error(`No widget "${id}" in src/components/widgets/registry.ts.`);
  return widget;
}

/**
 * The options a widget's embed page gives its entry: the registry's, and the references page in
 * full (embed links open in a new tab, away from the clinic's site).
 */
export function getEmbedEntryOptions(id: EmbedWidgetId, site: URL | undefined): Record<string, unknown> {
  if (!site) throw new Error('Embed pages link back in full, so astro.config.mjs must set `site`.');
  return { ...getWidget(id).embedOptions, referencesHref: new URL('/references/', site).href };
}
