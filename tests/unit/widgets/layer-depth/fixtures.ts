// Loads the real layer-depth content (YAML), validates it with the collection schemas and localizes it,
// so tests run against the data the site ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createLayerDepthDataSchemas } from '../../../../src/components/widgets/layer-depth/data-schema';
import { localizeLayerDepthData } from '../../../../src/components/widgets/layer-depth/localize';
import type { Lang, LayerDepthData, Region } from '../../../../src/components/widgets/layer-depth/types';

const root = process.cwd();
const read = (file: string): unknown => parse(readFileSync(path.join(root, file), 'utf8'));

/** Ids in the references collection. */
export const referenceIds = new Set(
  (read('src/content/references/references.yaml') as { id: string }[]).map((r) => r.id),
);

/** Raw YAML entries of the skin-regions collection. */
export const rawRegions = read('src/content/skin-regions/skin-regions.yaml') as unknown[];

/** Each region's id and whether SkinPen is used there, as content.config.ts reads them. */
export const regionTreat = new Map(
  (rawRegions as { id: string; treat?: boolean }[]).map((r) => [r.id, r.treat !== false]),
);

const schemas = createLayerDepthDataSchemas(referenceIds, regionTreat);
/** Raw YAML entries of the depth-guidance collection. */
export const rawGuidance = read('src/content/depth-guidance/depth-guidance.yaml') as unknown[];

/** Validated region entries. */
export const regionEntries = rawRegions.map((r) => schemas.region.parse(r));
/** Validated depth-guidance entries. */
export const guidanceEntries = rawGuidance.map((g) => schemas.depthGuidance.parse(g));

/** The widget's data in one language. */
export function loadData(lang: Lang = 'en'): LayerDepthData {
  return localizeLayerDepthData(regionEntries, guidanceEntries, lang);
}

/** One region by id, in English. */
export function regionById(id: string, data: LayerDepthData = loadData()): Region {
  const region = data.regions.find((r) => r.id === id);
  if (!region) throw new Error(`no region ${id}`);
  return region;
}
