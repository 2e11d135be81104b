/** Island props built from the real content files, the same way the .astro entry builds them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  createRecoveryActivitySchema,
  createRecoveryStageSchema,
  createTreatmentSeriesSchema,
  createWarningSignSchema,
} from '../../../../src/components/widgets/recovery-timeline/data-schema';
import type { RecoveryTimelineWidgetProps } from '../../../../src/components/widgets/recovery-timeline/RecoveryTimelineWidget';
import { STRINGS, type Lang } from '../../../../src/components/widgets/recovery-timeline/strings';
import {
  localizeActivity,
  localizeSeries,
  localizeStage,
  localizeWarningSign,
} from '../../../../src/components/widgets/recovery-timeline/views';

const read = (path: string): unknown[] => parse(readFileSync(path, 'utf8')) as unknown[];
const ids = new Set((read('src/content/references/references.yaml') as { id: string }[]).map((r) => r.id));
const stages = read('src/content/recovery-stages/stages.yaml').map((s) => createRecoveryStageSchema(ids).parse(s));
const activities = read('src/content/recovery-activities/activities.yaml').map((a) =>
  createRecoveryActivitySchema(ids).parse(a),
);
const series = read('src/content/treatment-series/series.yaml').map((s) => createTreatmentSeriesSchema(ids).parse(s));
const signs = read('src/content/recovery-stages/warning-signs.yaml').map((s) => createWarningSignSchema(ids).parse(s));

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
