import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { createArticleSchema, createGlossarySchema, ReferenceSchema } from './content/schemas';
import { createUrgencyTierSchema, createWarningSignSchema, TIERS_PATH } from './content/urgency-schema';
import * as recoveryTimelineData from './components/widgets/recovery-timeline/data-schema';
import { createLayerDepthDataSchemas, REGIONS_PATH } from './components/widgets/layer-depth/data-schema';

const referencesPath = 'src/content/references/references.yaml';

/** The ids in a YAML list file, read first so other collections can reject unknown ids by name. */
function readIds(path: string): Set<string> {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  const list = Array.isArray(raw) ? raw : [];
  return new Set(list.map((r: { id?: unknown }) => String(r.id)));
}

const referenceIds = readIds(referencesPath);
const tierIds = readIds(TIERS_PATH);

/** Each skin region's id and whether SkinPen is used there, read first so guidance can name regions. */
function readRegionTreat(): Map<string, boolean> {
  const raw: unknown = parse(readFileSync(REGIONS_PATH, 'utf8'));
  const list = Array.isArray(raw) ? (raw as { id?: unknown; treat?: unknown }[]) : [];
  return new Map(list.map((r) => [String(r.id), r.treat !== false]));
}

const articles = defineCollection({
  // SKINPEN_ARTICLES_DIR lets the scale benchmark build from a folder of generated articles.
  loader: glob({ pattern: '**/*.mdx', base: process.env['SKINPEN_ARTICLES_DIR'] ?? './src/content/articles' }),
  schema: createArticleSchema(referenceIds),
});

const references = defineCollection({
  loader: file(referencesPath),
  schema: ReferenceSchema,
});

const glossary = defineCollection({
  loader: file('src/content/glossary/glossary.yaml'),
  schema: createGlossarySchema(referenceIds),
});

/** Recovery-timeline widget data: stages, activities and treatment series. */
const recoveryStages = defineCollection({
  loader: file('src/content/recovery-stages/stages.yaml'),
  schema: recoveryTimelineData.createRecoveryStageSchema(referenceIds),
});
const recoveryActivities = defineCollection({
  loader: file('src/content/recovery-activities/activities.yaml'),
  schema: recoveryTimelineData.createRecoveryActivitySchema(referenceIds),
});
const treatmentSeries = defineCollection({
  loader: file('src/content/treatment-series/series.yaml'),
  schema: recoveryTimelineData.createTreatmentSeriesSchema(referenceIds),
});

/** When to get help: the three urgency tiers, and the warning signs in each. */
const urgencyTiers = defineCollection({
  loader: file(TIERS_PATH),
  schema: createUrgencyTierSchema(referenceIds),
});
const warningSigns = defineCollection({
  loader: file('src/content/urgency/warning-signs.yaml'),
  schema: createWarningSignSchema(referenceIds, tierIds),
});

/** Layer-depth widget data: skin layer thickness by area, and depth guidance (device, limits, caveats, concerns). */
const layerDepthData = createLayerDepthDataSchemas(referenceIds, readRegionTreat());
const skinRegions = defineCollection({
  loader: file(REGIONS_PATH),
  schema: layerDepthData.region,
});
const depthGuidance = defineCollection({
  loader: file('src/content/depth-guidance/depth-guidance.yaml'),
  schema: layerDepthData.depthGuidance,
});

export const collections = {
  articles,
  references,
  glossary,
  recoveryStages,
  recoveryActivities,
  treatmentSeries,
  urgencyTiers,
  warningSigns,
  skinRegions,
  depthGuidance,
};
