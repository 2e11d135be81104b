/**
 * Validates the widget's options, loads the recovery collections and builds the island's props
 * in any language. RecoveryTimeline.astro renders with it; the embed's per-language props file
 * (src/pages/embed/recovery-timeline/props.[lang].json.ts) serves it, so the two can never disagree.
 */
import { getCollection } from 'astro:content';
import { parseRecoveryTimelineOptions } from './schema';
import { findStageSequenceProblems } from './stages';
import { STRINGS } from './strings';
import { localizeActivity, localizeSeries, localizeStage, localizeTier, localizeWarningSign } from './views';

/**
 * Validates `optionProps` (failing the build with `where` and every bad option named), checks
 * the stages run on without gaps, and loads the data. `referencesHref` ends in "/".
 */
export async function loadRecoveryTimelineProps(optionProps: unknown, referencesHref: string, where: string) {
  const options = parseRecoveryTimelineOptions(optionProps, where);
  const stageData = (await getCollection('recoveryStages')).map((e) => e.data).sort((a, b) => a.dayFrom - b.dayFrom);
  const problems = findStageSequenceProblems(stageData);
  if (problems.length > 0) {
    throw new Error(`src/content/recovery-stages/stages.yaml: ${problems.join('; ')}.`);
  }
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const activities = (await getCollection('recoveryActivities')).map((e) => e.data).sort(byOrder);
  const series = (await getCollection('treatmentSeries')).map((e) => e.data).sort(byOrder);
  const warningSigns = (await getCollection('warningSigns')).map((e) => e.data).sort(byOrder);
  const tiers = (await getCollection('urgencyTiers')).map((e) => e.data).sort(byOrder);

  const initialSeriesId = options.series ?? series[0]?.id;
  if (!initialSeriesId || !series.some((s) => s.id === initialSeriesId)) {
    throw new Error(
      `Recovery timeline (${where}): unknown series "${options.series ?? ''}"; known: ${series.map((s) => s.id).join(', ')}.`,
    );
  }
  /** The island's props in `language`: data and strings only, so they serialise. */
  const islandProps = (language: 'en' | 'es') => ({
    stages: stageData.map((st) => localizeStage(st, language)),
    activities: activities.map((a) => localizeActivity(a, language)),
    series: series.map((se) => localizeSeries(se, language)),
    warningSigns: warningSigns.map((w) => localizeWarningSign(w, language)),
    tiers: tiers.map((t) => localizeTier(t, language)),
    strings: STRINGS[language],
    lang: language,
    initialDay: options.initialDay,
    showPlanner: options.showPlanner,
    timeline: options.timeline,
    initialSeriesId,
    headingLevel: options.headingLevel,
    referencesHref,
  });
  return { options, islandProps };
}
