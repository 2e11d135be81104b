/**
 * The clinic kit's data, pure: the sheet's content in both languages from the recovery data (stages,
 * activity timings, urgency tiers and signs, series), the limits a clinic's timings must keep, and the
 * review date. Plain data only, so it crosses into the island.
 */
import type { Lang } from '../widgets/shared/i18n';
import { getClinicLimits, isTimeableRange } from '../../lib/clinic/timing';
import type { ClinicLimits } from '../../lib/clinic/profile';
import type { SheetData } from '../../lib/clinic/sheet';
import type { UrgencyTier, WarningSign } from '../../content/urgency-schema';
import type { CalendarDate } from '../widgets/recovery-timeline/model/dates';
import type { RecoveryActivity, RecoveryStage, TreatmentSeries } from '../widgets/recovery-timeline/data-schema';

/** Languages the sheet is written in. */
export type SheetLang = Lang;

/** Everything the clinic kit island needs. */
export interface ClinicKitData {
  /** The sheet's data in each language. */
  sheets: Record<SheetLang, SheetData>;
  /** Ranges a clinic's own timings must stay inside. */
  limits: ClinicLimits;
  /** Activities a clinic may time, with their labels and sourced default, for the profile form. */
  timeable: { id: string; label: string; minHours: number; maxHours: number; defaultHours: number }[];
  /** Date the aftercare content was last reviewed. */
  reviewed: CalendarDate;
  /** This site's origin, for the QR link. */
  site: string;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** The validated entries the kit is made from. */
export interface ClinicKitEntries {
  stages: RecoveryStage[];
  activities: RecoveryActivity[];
  tiers: UrgencyTier[];
  signs: WarningSign[];
  series: TreatmentSeries[];
}

/** The kit's data from the entries, in display order: pure, so tests build it from the YAML files. */
export function toClinicKitData(entries: ClinicKitEntries, reviewed: Date, site: URL): ClinicKitData {
  const stages = [...entries.stages].sort((a, b) => a.dayFrom - b.dayFrom);
  const activities = [...entries.activities].sort(byOrder);
  const tiers = [...entries.tiers].sort(byOrder);
  const signs = [...entries.signs].sort(byOrder);
  const series = [...entries.series].sort(byOrder);
  const sheet = (lang: SheetLang): SheetData => ({
    stages: stages.map((s) => ({ id: s.id, label: s.label[lang], summary: s.summary[lang] })),
    activities: activities.map((a) => ({
      id: a.id,
      label: a.label[lang],
      shortLabel: a.shortLabel[lang],
      sourcesRange: a.sourcesRange ? { ...a.sourcesRange } : null,
      fineFromHours: a.fineFromHours,
      sources: [...a.sources],
    })),
    tiers: tiers.map((t) => ({
      id: t.id,
      heading: t.heading[lang],
      when: t.when[lang],
      numbers: t.numbers.map((n) => ({ where: n.where[lang], number: n.number })),
    })),
    signs: signs.map((s) => ({ id: s.id, tier: s.tier, short: s.short[lang], sources: [...s.sources] })),
    series: series.map((s) => ({
      id: s.id,
      label: s.label[lang],
      sessionCount: s.sessionCount,
      intervalDays: s.intervalDays,
      intervalRangeDays: { ...s.intervalRangeDays },
    })),
  });
  const sheets = { en: sheet('en'), es: sheet('es') };
  return {
    sheets,
    limits: getClinicLimits(sheets.en.activities, sheets.en.series),
    timeable: activities.flatMap((a) =>
      isTimeableRange(a.sourcesRange) && a.fineFromHours !== null
        ? [{ id: a.id, label: a.label.en, ...a.sourcesRange, defaultHours: a.fineFromHours }]
        : [],
    ),
    reviewed: { year: reviewed.getUTCFullYear(), month: reviewed.getUTCMonth() + 1, day: reviewed.getUTCDate() },
    site: site.origin,
  };
}
