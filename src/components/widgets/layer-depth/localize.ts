/** Turns validated content entries into the island's plain, one-language data. Runs at build time only. */
import type { DepthGuidanceEntry, LocalText, SkinRegionEntry } from './data-schema';
import type { Lang, LayerDepthData, Measure, PointMeasure, Region, SourcedText } from './types';

type RegionEntry = SkinRegionEntry;
type Guidance = DepthGuidanceEntry;

function pick(text: LocalText, lang: Lang): string;
function pick(text: LocalText | null, lang: Lang): string | null;
function pick(text: LocalText | null, lang: Lang): string | null {
  return text ? text[lang] : null;
}

function toMeasure(m: RegionEntry['epidermis'], lang: Lang): Measure {
  return {
    minMm: m.minMm,
    typicalMm: m.typicalMm,
    maxMm: m.maxMm,
    derivedFields: [...m.derivedFields],
    method: pick(m.method, lang),
    sources: [...m.sources],
  };
}

function toPoint(p: NonNullable<RegionEntry['fat']>, lang: Lang): PointMeasure {
  return {
    valueMm: p.valueMm,
    sdMm: p.sdMm,
    site: pick(p.site, lang),
    method: pick(p.method, lang),
    sources: [...p.sources],
  };
}

function toSourced(t: { text: LocalText; sources: string[] }, lang: Lang): SourcedText {
  return { text: t.text[lang], sources: [...t.sources] };
}

/** One region in one language. */
export function localizeRegion(r: RegionEntry, lang: Lang): Region {
  const us = r.epidermisUltrasound;
  return {
    id: r.id,
    label: r.label[lang],
    area: r.area,
    stratumCorneum: r.stratumCorneum.map((p) => toPoint(p, lang)),
    epidermis: toMeasure(r.epidermis, lang),
    epidermisUltrasound: us
      ? { femaleMm: us.femaleMm, maleMm: us.maleMm, site: pick(us.site, lang), sources: [...us.sources] }
      : null,
    dermis: toMeasure(r.dermis, lang),
    total: toMeasure(r.total, lang),
    fat: r.fat ? toPoint(r.fat, lang) : null,
    drawing: {
      epidermisBottomMm: r.drawing.epidermisBottomMm,
      derived: r.drawing.derived,
      note: r.drawing.note ? toSourced(r.drawing.note, lang) : null,
    },
    notes: r.notes.map((n) => toSourced(n, lang)),
    treat: r.treat,
    noTreatment: r.noTreatment ? toSourced(r.noTreatment, lang) : null,
  };
}

/** All widget data in one language: regions and concerns in display order. Throws if the device entry is missing. */
export function localizeLayerDepthData(
  regions: readonly RegionEntry[],
  guidance: readonly Guidance[],
  lang: Lang,
): LayerDepthData {
  const device = guidance.find((g) => g.kind === 'device');
  if (!device) throw new Error('src/content/depth-guidance: no entry with kind "device" (the pen\'s depth settings).');
  const general = guidance.find((g) => g.kind === 'general-layer' && g.layer === 'stratum-corneum');
  return {
    device: {
      minMm: device.settingMinMm,
      maxMm: device.settingMaxMm,
      stepMm: device.settingStepMm,
      sources: [...device.sources],
    },
    limits: guidance.flatMap((g) =>
      g.kind === 'limit'
        ? [
            {
              id: g.id,
              regions: [...g.regions],
              maxMm: g.maxMm,
              label: g.label[lang],
              within: g.within[lang],
              above: g.above[lang],
              sources: [...g.sources],
            },
          ]
        : [],
    ),
    caveats: guidance.flatMap((g) =>
      g.kind === 'caveat'
        ? [
            {
              id: g.id,
              tone: g.tone,
              areas: [...g.areas],
              regions: [...g.regions],
              text: g.text[lang],
              sources: [...g.sources],
            },
          ]
        : [],
    ),
    concerns: guidance
      .flatMap((g) => (g.kind === 'concern' ? [g] : []))
      .sort((a, b) => a.order - b.order)
      .map((c) => ({
        id: c.id,
        regions: [...c.regions],
        drawBand: c.drawBand,
        label: c.label[lang],
        minMm: c.minMm,
        maxMm: c.maxMm,
        where: c.where[lang],
        evidence: c.evidence[lang],
        sources: [...c.sources],
      })),
    regions: [...regions].sort((a, b) => a.order - b.order).map((r) => localizeRegion(r, lang)),
    generalStratumCorneum:
      general && general.kind === 'general-layer'
        ? {
            valueMm: general.valueMm,
            sdMm: null,
            site: null,
            method: general.method[lang],
            sources: [...general.sources],
          }
        : null,
  };
}
