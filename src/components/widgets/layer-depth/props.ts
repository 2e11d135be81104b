/**
 * Build time: loads the skin-regions and depth-guidance collections, checks the widget's options
 * and builds the island's props in any language. LayerDepth.astro renders with it and the embed's
 * per-language props file serves it, so the two never disagree.
 */
import type { BuilderField } from '../registry';
import { DEFAULT_LANG, localize, type Lang } from '../shared/i18n';
import { parseWidgetOptions } from '../shared/options';
import type { DepthGuidanceEntry, SkinRegionEntry } from './data-schema';
import type { LayerDepthWidgetProps } from './LayerDepthWidget';
import { listSettings, snapDepth } from './model/depth';
import { isConcernForRegion, resolveSelection } from './model/layers';
import {
  createLayerDepthOptionsSchema,
  LayerDepthOptionsSchema,
  type LayerDepthOptions,
  type LayerDepthOptionsInput,
} from './schema';
import { STRINGS } from './strings';
import type { LayerDepthData, Measure, Region } from './types';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function toMeasure({ basis: _reviewersOnly, ...measure }: SkinRegionEntry['epidermis'], lang: Lang): Measure {
  return localize(measure, lang);
}

function toRegion(entry: SkinRegionEntry, lang: Lang): Region {
  const { factSheetId: _id, order: _order, sources: _sources, epidermis, dermis, total, ...rest } = entry;
  return {
    ...localize(rest, lang),
    epidermis: toMeasure(epidermis, lang),
    dermis: toMeasure(dermis, lang),
    total: toMeasure(total, lang),
  };
}

/** All widget data in one language: regions and concerns in display order. Throws if the device entry is missing. */
export function buildLayerDepthData(
  regions: readonly SkinRegionEntry[],
  guidance: readonly DepthGuidanceEntry[],
  lang: Lang,
): LayerDepthData {
  const device = guidance.find((g) => g.kind === 'device');
  if (!device) throw new Error('src/content/depth-guidance: no entry with kind "device" (the pen\'s depth settings).');
  const general = guidance.find((g) => g.kind === 'general-layer' && g.layer === 'stratum-corneum');
  const ofKind = <K extends DepthGuidanceEntry['kind']>(kind: K) =>
    guidance.filter((g): g is Extract<DepthGuidanceEntry, { kind: K }> => g.kind === kind);
  return {
    device: {
      minMm: device.settingMinMm,
      maxMm: device.settingMaxMm,
      stepMm: device.settingStepMm,
      sources: [...device.sources],
    },
    limits: ofKind('limit').map(({ kind: _kind, ...limit }) => localize(limit, lang)),
    caveats: ofKind('caveat').map(({ kind: _kind, ...caveat }) => localize(caveat, lang)),
    concerns: ofKind('concern')
      .sort(byOrder)
      .map(({ kind: _kind, order: _order, ...concern }) => localize(concern, lang)),
    regions: [...regions].sort(byOrder).map((r) => toRegion(r, lang)),
    generalStratumCorneum:
      general?.kind === 'general-layer'
        ? {
            valueMm: general.valueMm,
            sdMm: null,
            site: null,
            method: general.method[lang],
            sources: [...general.sources],
          }
        : null,
  };
}

/** The widget's two collections, as validated entries. */
export interface LayerDepthEntries {
  regions: readonly SkinRegionEntry[];
  guidance: readonly DepthGuidanceEntry[];
}

/** The island's props in `lang` for checked options: data and strings only, so they serialise. */
export function buildLayerDepthProps(
  entries: LayerDepthEntries,
  options: LayerDepthOptions,
  lang: Lang,
): LayerDepthWidgetProps {
  const data = buildLayerDepthData(entries.regions, entries.guidance, lang);
  return {
    data,
    strings: STRINGS[lang],
    initialRegionId: options.region,
    initialDepthMm: snapDepth(options.depthMm, data.device),
    initialConcernId: options.concern === 'none' ? null : options.concern,
    referencesHref: options.referencesHref,
  };
}

async function loadLayerDepthEntries(): Promise<LayerDepthEntries> {
  // Imported when called, so tests can import the builders above in any environment.
  const { getCollection } = await import('astro:content');
  return {
    regions: (await getCollection('skinRegions')).map((e) => e.data),
    guidance: (await getCollection('depthGuidance')).map((e) => e.data),
  };
}

/** Checks `optionProps` (failing the build with `where` and every bad option named) and loads the data. */
export async function loadLayerDepthProps(optionProps: LayerDepthOptionsInput, where: string) {
  const entries = await loadLayerDepthEntries();
  const schema = createLayerDepthOptionsSchema({
    regionIds: entries.regions.map((r) => r.id),
    concernIds: entries.guidance.flatMap((g) => (g.kind === 'concern' ? [g.id] : [])),
  });
  const options = parseWidgetOptions(schema, optionProps, `<LayerDepth> on ${where}`);
  const { data } = buildLayerDepthProps(entries, options, DEFAULT_LANG);
  const concernId = options.concern === 'none' ? null : options.concern;
  if (resolveSelection(data.regions, data.concerns, { regionId: options.region, concernId }).dropped !== null) {
    const region = data.regions.find((r) => r.id === options.region);
    const concern = data.concerns.find((c) => c.id === concernId);
    const why = region?.treat
      ? `it applies only to ${concern?.regions.join(', ') ?? ''}`
      : `SkinPen is not used on "${options.region}"`;
    throw new Error(
      `Invalid options for <LayerDepth> on ${where}:\n  - concern: "${options.concern}" cannot be shown with region "${options.region}": ${why}`,
    );
  }
  return { options, islandProps: (lang: Lang) => buildLayerDepthProps(entries, options, lang) };
}

/** The clinics' builder options for region, depth and concern, each leaving the schema's default unset. */
export async function getLayerDepthBuilderFields(): Promise<BuilderField[]> {
  const { regions, guidance } = await loadLayerDepthEntries();
  const data = buildLayerDepthData(regions, guidance, DEFAULT_LANG);
  const defaults = LayerDepthOptionsSchema.parse({});
  const regionOptions = data.regions.map((r) => ({ value: r.id, label: r.label }));
  const depthOptions = listSettings(data.device).map((mm) => ({ value: String(mm), label: `${mm} mm` }));
  // The areas each concern is offered on, by the widget's own rule (never on an area SkinPen is not used on).
  const concernOptions = data.concerns.map((c) => ({
    value: c.id,
    label: c.label,
    regions: data.regions.filter((r) => isConcernForRegion(c, r)).map((r) => r.id),
  }));
  const labelOf = (options: { value: string; label: string }[], value: string, none: string) =>
    `${options.find((o) => o.value === value)?.label ?? none} (default)`;
  return [
    {
      kind: 'select',
      name: 'region',
      label: 'Area',
      options: regionOptions,
      defaultLabel: labelOf(regionOptions, defaults.region, defaults.region),
      defaultValue: defaults.region,
    },
    {
      kind: 'select',
      name: 'depth',
      label: 'Needle depth setting',
      options: depthOptions,
      defaultLabel: labelOf(depthOptions, String(defaults.depthMm), `${defaults.depthMm} mm`),
    },
    {
      kind: 'select',
      name: 'concern',
      label: 'Concern',
      options: concernOptions,
      defaultLabel: labelOf(concernOptions, defaults.concern, 'None'),
    },
  ];
}
