/** Island props built from the real content files, the same way the .astro entry builds them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  createRecoveryActivitySchema,
  createRecoveryStageSchema,
  createTreatmentSeriesSchema,
} from '../../../../src/components/widgets/recovery-timeline/data-schema';
import { createUrgencyTierSchema, createWarningSignSchema } from '../../../../src/content/urgency-schema';
import type { RecoveryTimelineWidgetProps } from '../../../../src/components/widgets/recovery-timeline/RecoveryTimelineWidget';
import { STRINGS, type Lang } from '../../../../src/components/widgets/recovery-timeline/strings';
import {
  localizeActivity,
  localizeSeries,
  localizeStage,
  localizeTier,
  localizeWarningSign,
} from '../../../../src/components/widgets/recovery-timeline/views';

const read = (path: string): unknown[] => parse(readFileSync(path, 'utf8')) as unknown[];
const ids = new Set((read('src/content/references/references.yaml') as { id: string }[]).map((r) => r.id));
const stages = read('src/content/recovery-stages/stages.yaml').map((s) => createRecoveryStageSchema(ids).parse(s));
const activities = read('src/content/recovery-activities/activities.yaml').map((a) =>
  createRecoveryActivitySchema(ids).parse(a),
);
const series = read('src/content/treatment-series/series.yaml').map((s) => createTreatmentSeriesSchema(ids).parse(s));
const tiers = read('src/content/urgency/tiers.yaml').map((t) => createUrgencyTierSchema(ids).parse(t));
const tierIds = new Set(tiers.map((t) => t.id));
const signs = read('src/content/urgency/warning-signs.yaml').map((s) => createWarningSignSchema(ids, tierIds).parse(s));

/** Props for a language, with overrides. */
export function makeProps(
  lang: Lang = 'en',
  overrides: Partial<RecoveryTimelineWidgetProps> = {},
): RecoveryTimelineWidgetProps {
  return {
    stages: stages.map((s) => localizeStage(s, lang)),
    activities: activities.map((a) => localizeActivity(a, lang)),
    series: series.map((s) => localizeSeries(s, lang)),
    warningSigns: signs.map((w) => localizeWarningSign(w, lang)),
    tiers: tiers.map((t) => localizeTier(t, lang)),
    strings: STRINGS[lang],
    lang,
    initialDay: 0,
    showPlanner: false,
    timeline: 'open',
    initialSeriesId: 'acne-scars-face',
    headingLevel: 3,
    referencesHref: '/references/',
    ...overrides,
  };
}
