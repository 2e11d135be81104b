/**
 * Build time: the clinic kit's props. The sheet's content in both languages, straight from the recovery
 * data (stages, activity timings, urgency tiers and signs, series), the limits a clinic's timings must
 * keep, and the review date. Plain data only, so it crosses into the island.
 */
import { getCollection, getEntry } from 'astro:content';
import { getClinicLimits } from '../../lib/clinic/timing';
import type { ClinicLimits } from '../../lib/clinic/profile';
import type { SheetData } from '../../lib/clinic/sheet';
import type { CalendarDate } from '../widgets/recovery-timeline/model/dates';

/** Languages the sheet is written in. */
export type SheetLang = 'en' | 'es';

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

/** Loads the kit's data from the content collections. */
export async function loadClinicKitData(site: URL): Promise<ClinicKitData> {
  const stages = (await getCollection('recoveryStages')).map((e) => e.data).sort((a, b) => a.dayFrom - b.dayFrom);
  const activities = (await getCollection('recoveryActivities')).map((e) => e.data).sort(byOrder);
  const tiers = (await getCollection('urgencyTiers')).map((e) => e.data).sort(byOrder);
  const signs = (await getCollection('warningSigns')).map((e) => e.data).sort(byOrder);
  const series = (await getCollection('treatmentSeries')).map((e) => e.data).sort(byOrder);
  const aftercare = await getEntry('articles', 'aftercare');
  if (!aftercare) throw new Error('The clinic kit dates its sheet by the aftercare article, which is missing.');
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
      a.sourcesRange && a.fineFromHours !== null && a.sourcesRange.minHours < a.sourcesRange.maxHours
        ? [{ id: a.id, label: a.label.en, ...a.sourcesRange, defaultHours: a.fineFromHours }]
        : [],
    ),
    reviewed: {
      year: aftercare.data.lastReviewed.getUTCFullYear(),
      month: aftercare.data.lastReviewed.getUTCMonth() + 1,
      day: aftercare.data.lastReviewed.getUTCDate(),
    },
    site: site.origin,
  };
}
