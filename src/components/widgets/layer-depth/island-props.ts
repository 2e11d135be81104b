/**
 * Loads the skin-regions and depth-guidance collections, validates the widget's options and
 * builds the island's props in any language. LayerDepth.astro renders with it; the embed's
 * per-language props file (src/pages/embed/layer-depth/props.[lang].json.ts) serves it, so the
 * two can never disagree.
 */
import { getCollection } from 'astro:content';
import { localizeLayerDepthData } from './localize';
import { resolveSelection, snapDepth } from './model';
import { createLayerDepthOptionsSchema } from './schema';
import { STRINGS } from './strings';

/** Validates `optionProps` (failing the build with `where` and every bad option named) and loads the data. */
export async function loadLayerDepthProps(optionProps: unknown, where: string) {
  const regionEntries = (await getCollection('skinRegions')).map((e) => e.data);
  const guidanceEntries = (await getCollection('depthGuidance')).map((e) => e.data);
  const schema = createLayerDepthOptionsSchema({
    regionIds: regionEntries.map((r) => r.id),
    concernIds: guidanceEntries.flatMap((g) => (g.kind === 'concern' ? [g.id] : [])),
  });
  const parsed = schema.safeParse(optionProps);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'} ${i.message}`).join('; ');
    throw new Error(`<LayerDepth> on ${where}: ${problems}`);
  }
  const options = parsed.data;
  const data = localizeLayerDepthData(regionEntries, guidanceEntries, options.lang);
  const depthMm = snapDepth(options.depthMm, data.device);
  const region = data.regions.find((r) => r.id === options.region);
  if (!region) throw new Error(`<LayerDepth>: unknown region "${options.region}"`);
  const concernId = options.concern === 'none' ? null : options.concern;
  if (resolveSelection(data.regions, data.concerns, { regionId: region.id, concernId }).dropped !== null) {
    const concern = data.concerns.find((c) => c.id === concernId);
    const why = region.treat
      ? `it applies only to ${concern?.regions.join(', ') ?? ''}`
      : `SkinPen is not used on "${region.id}"`;
    throw new Error(
      `<LayerDepth> on ${where}: concern "${options.concern}" cannot be shown with region "${region.id}": ${why}.`,
    );
  }
  /** The island's props in `lang`: data and strings only, so they serialise. */
  const islandProps = (lang: 'en' | 'es') => ({
    data: localizeLayerDepthData(regionEntries, guidanceEntries, lang),
    strings: STRINGS[lang],
    initialRegionId: region.id,
    initialDepthMm: depthMm,
    initialConcernId: concernId,
    referencesHref: options.referencesHref,
  });
  return { options, data, depthMm, region, islandProps };
}
