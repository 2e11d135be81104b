/**
 * Reduces validated content data to one language for the island (build time only), so the
 * browser receives just the strings it shows.
 */
import type { RecoveryActivity, RecoveryStage, SourcedText, TreatmentSeries, WarningSign } from './data-schema';
import type { Lang } from './strings';
import type { ActivityView, SeriesView, StageView, TextItem, WarningSignView } from './types';

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
    avoidUntilDay: activity.avoidUntilDay,
    fineFromDay: activity.fineFromDay,
    estimate: activity.estimate,
    label: activity.label[lang],
    shortLabel: activity.shortLabel[lang],
    detail: activity.detail[lang],
    sources: [...activity.sources],
  };
  if (activity.earliestStatedDay !== undefined) view.earliestStatedDay = activity.earliestStatedDay;
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
  return { id: sign.id, ...localizeItem(sign, lang) };
}
