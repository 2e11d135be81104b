/**
 * Build time: checks the widget's options, loads the recovery and urgency collections and builds
 * the island's props in any language. RecoveryTimeline.astro renders with it and the embed's
 * per-language props file serves it, so the two never disagree.
 */
import { toDayTiming } from '../../../lib/timing';
import type { BuilderField } from '../registry';
import { localize, type Lang } from '../shared/i18n';
import { parseWidgetOptions } from '../shared/options';
import { findStageSequenceProblems } from './model/stages';
import type { RecoveryTimelineWidgetProps } from './RecoveryTimelineWidget';
import type { UrgencyTier, WarningSign } from '../../../content/urgency-schema';
import type { RecoveryActivity, RecoveryStage, TreatmentSeries } from './data-schema';
import {
  MAX_INITIAL_DAY,
  RecoveryTimelineOptionsSchema,
  type RecoveryTimelineOptions,
  type RecoveryTimelineOptionsInput,
} from './schema';
import { STRINGS } from './strings';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
const withoutOrder = <T extends { order: number }>({ order: _order, ...rest }: T): Omit<T, 'order'> => rest;

/** The widget's five collections, as validated entries. */
export interface RecoveryTimelineEntries {
  stages: readonly RecoveryStage[];
  activities: readonly RecoveryActivity[];
  series: readonly TreatmentSeries[];
  warningSigns: readonly WarningSign[];
  tiers: readonly UrgencyTier[];
}

/**
 * The island's props in `lang` for checked options: stages in day order, the rest in display
 * order, data and strings only, so they serialise. The planner starts on the first series unless
 * the options name one.
 */
export function buildRecoveryTimelineProps(
  entries: RecoveryTimelineEntries,
  options: RecoveryTimelineOptions,
  lang: Lang,
): RecoveryTimelineWidgetProps {
  const sorted = <T extends { order: number }>(list: readonly T[]) => [...list].sort(byOrder).map(withoutOrder);
  return {
    stages: [...entries.stages].sort((a, b) => a.dayFrom - b.dayFrom).map((stage) => localize(stage, lang)),
    activities: [...entries.activities]
      .sort(byOrder)
      .map((a) => ({ ...localize(withoutOrder(a), lang), ...toDayTiming(a) })),
    series: localize(sorted(entries.series), lang),
    warningSigns: localize(sorted(entries.warningSigns), lang),
    tiers: localize(sorted(entries.tiers), lang),
    strings: STRINGS[lang],
    lang,
    initialDay: options.initialDay,
    showPlanner: options.showPlanner,
    timeline: options.timeline,
    initialSeriesId: options.series ?? [...entries.series].sort(byOrder)[0]?.id ?? '',
    headingLevel: options.headingLevel,
    referencesHref: options.referencesHref,
  };
}

async function loadRecoveryTimelineEntries(): Promise<RecoveryTimelineEntries> {
  // Imported when called, so tests can import the builder above in any environment.
  const { getCollection } = await import('astro:content');
  return {
    stages: (await getCollection('recoveryStages')).map((e) => e.data),
    activities: (await getCollection('recoveryActivities')).map((e) => e.data),
    series: (await getCollection('treatmentSeries')).map((e) => e.data),
    warningSigns: (await getCollection('warningSigns')).map((e) => e.data),
    tiers: (await getCollection('urgencyTiers')).map((e) => e.data),
  };
}

/**
 * Checks `optionProps` and the named series (failing the build with `where` and every bad option
 * named), checks that the stages run on without gaps, and loads the data.
 */
export async function loadRecoveryTimelineProps(optionProps: RecoveryTimelineOptionsInput, where: string) {
  const options = parseWidgetOptions(RecoveryTimelineOptionsSchema, optionProps, `<RecoveryTimeline> on ${where}`);
  const entries = await loadRecoveryTimelineEntries();
  const problems = findStageSequenceProblems([...entries.stages].sort((a, b) => a.dayFrom - b.dayFrom));
  if (problems.length > 0) throw new Error(`src/content/recovery-stages/stages.yaml: ${problems.join('; ')}.`);
  const seriesIds = entries.series.map((s) => s.id);
  if (options.series !== undefined && !seriesIds.includes(options.series)) {
    throw new Error(
      `Invalid options for <RecoveryTimeline> on ${where}:\n  - series: must be one of: ${seriesIds.join(', ')}`,
    );
  }
  return { options, islandProps: (lang: Lang) => buildRecoveryTimelineProps(entries, options, lang) };
}

/** The clinics' builder options for day and planner, each leaving the schema's default unset. */
export function getRecoveryTimelineBuilderFields(): Promise<BuilderField[]> {
  const defaults = RecoveryTimelineOptionsSchema.parse({});
  return Promise.resolve([
    {
      kind: 'number',
      name: 'day',
      label: 'Day after the session',
      min: 0,
      max: MAX_INITIAL_DAY,
      step: 1,
      defaultValue: defaults.initialDay,
    },
    { kind: 'checkbox', name: 'planner', label: 'Show the series planner' },
  ]);
}
