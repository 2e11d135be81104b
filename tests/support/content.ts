// The one content loader for tests: reads a collection's YAML as the site ships it, checks it
// with the collection's real schema, and builds island props with the same builders the widget
// entries use, so tests run against the data and the props readers get.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createLayerDepthDataSchemas } from '../../src/components/widgets/layer-depth/data-schema';
import { buildLayerDepthProps, type LayerDepthEntries } from '../../src/components/widgets/layer-depth/props';
import { LayerDepthOptionsSchema, type LayerDepthOptionsInput } from '../../src/components/widgets/layer-depth/schema';
import type { LayerDepthData, Region } from '../../src/components/widgets/layer-depth/types';
import {
  createRecoveryActivitySchema,
  createRecoveryStageSchema,
  createTreatmentSeriesSchema,
} from '../../src/components/widgets/recovery-timeline/data-schema';
import {
  buildRecoveryTimelineProps,
  type RecoveryTimelineEntries,
} from '../../src/components/widgets/recovery-timeline/props';
import type { RecoveryTimelineWidgetProps } from '../../src/components/widgets/recovery-timeline/RecoveryTimelineWidget';
import {
  RecoveryTimelineOptionsSchema,
  type RecoveryTimelineOptionsInput,
} from '../../src/components/widgets/recovery-timeline/schema';
import type { Lang } from '../../src/components/widgets/shared/i18n';
import { createUrgencyTierSchema, createWarningSignSchema } from '../../src/content/urgency-schema';

/** A YAML list file of src/content, as parsed, unchecked. */
export function readContent(file: string): unknown[] {
  const raw: unknown = parse(readFileSync(path.join(process.cwd(), 'src/content', file), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`src/content/${file} is not a list`);
  return raw;
}

/** The references collection, unchecked (its ids are what the other schemas check against). */
export const references = readContent('references/references.yaml') as { id: string; kind: 'primary' | 'secondary' }[];

/** Ids in the references collection. */
export const referenceIds: ReadonlySet<string> = new Set(references.map((r) => r.id));

const rawRegions = readContent('skin-regions/skin-regions.yaml');

/** Each skin region's id and whether SkinPen is used there, as content.config.ts reads them. */
export const regionTreat: ReadonlyMap<string, boolean> = new Map(
  (rawRegions as { id: string; treat?: boolean }[]).map((r) => [r.id, r.treat !== false]),
);

const layerDepthSchemas = createLayerDepthDataSchemas(referenceIds, regionTreat);

/** The layer-depth collections, checked. */
export const layerDepthEntries: LayerDepthEntries = {
  regions: rawRegions.map((r) => layerDepthSchemas.region.parse(r)),
  guidance: readContent('depth-guidance/depth-guidance.yaml').map((g) => layerDepthSchemas.depthGuidance.parse(g)),
};

const tiers = readContent('urgency/tiers.yaml').map((t) => createUrgencyTierSchema(referenceIds).parse(t));
const tierIds = new Set(tiers.map((t) => t.id));

/** The recovery-timeline and urgency collections, checked. */
export const recoveryTimelineEntries: RecoveryTimelineEntries = {
  stages: readContent('recovery-stages/stages.yaml').map((s) => createRecoveryStageSchema(referenceIds).parse(s)),
  activities: readContent('recovery-activities/activities.yaml').map((a) =>
    createRecoveryActivitySchema(referenceIds).parse(a),
  ),
  series: readContent('treatment-series/series.yaml').map((s) => createTreatmentSeriesSchema(referenceIds).parse(s)),
  warningSigns: readContent('urgency/warning-signs.yaml').map((s) =>
    createWarningSignSchema(referenceIds, tierIds).parse(s),
  ),
  tiers,
};

/** The layer-depth island's props in a language, for options as an author would write them. */
export function layerDepthProps(lang: Lang = 'en', options: LayerDepthOptionsInput = {}) {
  return buildLayerDepthProps(layerDepthEntries, LayerDepthOptionsSchema.parse({ ...options, lang }), lang);
}

/** The recovery-timeline island's props in a language, for options as an author would write them. */
export function recoveryTimelineProps(
  lang: Lang = 'en',
  options: RecoveryTimelineOptionsInput = {},
): RecoveryTimelineWidgetProps {
  return buildRecoveryTimelineProps(
    recoveryTimelineEntries,
    RecoveryTimelineOptionsSchema.parse({ ...options, lang }),
    lang,
  );
}

/** The layer-depth island's data in a language. */
export function layerDepthData(lang: Lang = 'en'): LayerDepthData {
  return layerDepthProps(lang).data;
}

/** One region of the layer-depth data by id (English unless `data` says otherwise). */
export function regionById(id: string, data: LayerDepthData = layerDepthData()): Region {
  const region = data.regions.find((r) => r.id === id);
  if (!region) throw new Error(`no region ${id}`);
  return region;
}
