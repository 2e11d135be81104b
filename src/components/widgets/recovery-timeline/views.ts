/**
 * Reduces validated content data to one language for the island (build time only), so the
 * browser receives just the strings it shows.
 */
import type { UrgencyTier, WarningSign } from '../../../content/urgency-schema';
import { toDayTiming } from '../../../lib/timing';
import type { RecoveryActivity, RecoveryStage, SourcedText, TreatmentSeries } from './data-schema';
import type { Lang } from './strings';
import type { ActivityView, SeriesView, StageView, TextItem, UrgencyTierView, WarningSignView } from './types';

/** One sourced statement in one language; optional fields are left out rather than undefined. */
export function localizeItem(item: SourcedText, lang: Lang): TextItem {
  const view: TextItem = { text: item.text[lang], sources: [...item.sources] };
  if (item.basis) view.basis = item.basis;
  if (item.conflict) view.conflict = item.conflict[lang];
  return view;
}

/** A stage in one language. */
export function localizeStage(stage: RecoveryStage, lang: Lang): StageView {
  const view: StageView = {
    id: stage.id,
    dayFrom: stage.dayFrom,
    dayTo: stage.dayTo,
    unit: stage.unit,
    axisLabel: stage.axisLabel,
    label: stage.label[lang],
    summary: stage.summary[lang],
    notice: stage.notice.map((i) => localizeItem(i, lang)),
    do: stage.do.map((i) => localizeItem(i, lang)),
    avoid: stage.avoid.map((i) => localizeItem(i, lang)),
    callIf: stage.callIf.map((i) => localizeItem(i, lang)),
  };
  if (stage.stopDays) view.stopDays = [...stage.stopDays];
  return view;
}

/** An activity in one language. */
export function localizeActivity(activity: RecoveryActivity, lang: Lang): ActivityView {
  const view: ActivityView = {
    id: activity.id,
    ...toDayTiming(activity),
    fineFromHours: activity.fineFromHours,
    sourcesRange: activity.sourcesRange ? { ...activity.sourcesRange } : null,
    estimate: activity.estimate,
    label: activity.label[lang],
    shortLabel: activity.shortLabel[lang],
    detail: activity.detail[lang],
    sources: [...activity.sources],
  };
  if (activity.conflict) view.conflict = activity.conflict[lang];
  if (activity.reminder) view.reminder = activity.reminder[lang];
  if (activity.basis) view.basis = activity.basis;
  return view;
}

/** A treatment series in one language. */
export function localizeSeries(series: TreatmentSeries, lang: Lang): SeriesView {
  const view: SeriesView = {
    id: series.id,
    label: series.label[lang],
    sessionCount: series.sessionCount,
    intervalDays: series.intervalDays,
    intervalRangeDays: { ...series.intervalRangeDays },
    interval: localizeItem(series.interval, lang),
    followUps: series.followUps.map((f) => ({
      monthsAfterLast: f.monthsAfterLast,
      label: f.label[lang],
      sources: [...f.sources],
    })),
    results: localizeItem(series.results, lang),
  };
  if (series.maintenance) {
    view.maintenance = {
      minMonths: series.maintenance.minMonths,
      maxMonths: series.maintenance.maxMonths,
      note: localizeItem(series.maintenance.note, lang),
    };
  }
  return view;
}

/** A warning sign in one language. */
export function localizeWarningSign(sign: WarningSign, lang: Lang): WarningSignView {
  const view: WarningSignView = { id: sign.id, tier: sign.tier, ...localizeItem(sign, lang) };
  if (sign.note) view.note = sign.note[lang];
  return view;
}

/** An urgency tier in one language. */
export function localizeTier(tier: UrgencyTier, lang: Lang): UrgencyTierView {
  const view: UrgencyTierView = {
    id: tier.id,
    heading: tier.heading[lang],
    when: tier.when[lang],
    numbers: tier.numbers.map((n) => ({ where: n.where[lang], number: n.number })),
    sources: [...tier.sources],
  };
  if (tier.note) view.note = tier.note[lang];
  return view;
}
