/** Which skin layer a depth setting lines up with, and which limits, caveats, concerns and bands apply to an area. */
import type { Caveat, Concern, DepthLimit, PointMeasure, Region } from '../types';

/** A layer the diagram draws and names. `skin`: epidermis or dermis where no split between them was measured. */
export type DrawnLayer = 'stratum-corneum' | 'epidermis' | 'dermis' | 'skin' | 'fat';

/** Where the fat starts in an area, mm: a band from the thinnest to the thickest skin measured, and its typical line. */
export interface FatBand {
  /** The shallowest the fat was found (the thinnest skin measured), mm. */
  lowMm: number;
  /** The typical depth, where the diagram draws the line, mm. */
  typicalMm: number;
  /** The deepest the fat was found (the thickest skin measured), mm. */
  highMm: number;
}

/** The boundaries of an area. */
export interface Boundaries {
  /** Bottom of the stratum corneum, mm, or null (drawn only above a measured epidermis). */
  stratumCorneumMm: number | null;
  /** Bottom of the epidermis, mm, or null where no split was measured. */
  epidermisMm: number | null;
  /** Where the fat starts. */
  fat: FatBand;
}

/** The stratum corneum figure drawn for an area: its own first reading, else the general figure. */
export function getStratumCorneum(
  region: Region,
  general: PointMeasure | null,
): { measure: PointMeasure; general: boolean } | null {
  const own = region.stratumCorneum[0];
  if (own) return { measure: own, general: false };
  return general ? { measure: general, general: true } : null;
}

/** The layer boundaries of an area: its drawn epidermis, and the depth to the fat from its whole-skin figures. */
export function getBoundaries(region: Region, general: PointMeasure | null): Boundaries {
  const { minMm, typicalMm, maxMm } = region.total;
  // The schema guarantees all three; the fallbacks only keep the types honest.
  const typical = typicalMm ?? minMm ?? maxMm ?? 0;
  const fat = { lowMm: minMm ?? typical, typicalMm: typical, highMm: maxMm ?? typical };
  const epidermisMm = region.drawing.epidermisBottomMm;
  const sc = epidermisMm === null ? null : getStratumCorneum(region, general);
  return { stratumCorneumMm: sc ? sc.measure.valueMm : null, epidermisMm, fat };
}

/**
 * What a setting reaches in an area, honest about how much skin thickness varies:
 * - `surface`: 0 mm, nothing below the surface;
 * - `skin`: shallower than the thinnest skin measured here, so it likely stays in `layer`;
 * - `band`: inside the range where the fat starts, so it may reach the lower dermis or the fat;
 * - `past`: longer than the thickest skin measured here, so it may go past the skin;
 * - `not-used`: SkinPen is not used on this area, so no depth is described.
 */
export type Reach =
  | { kind: 'surface' }
  | { kind: 'skin'; layer: Exclude<DrawnLayer, 'fat'> }
  | { kind: 'band' }
  | { kind: 'past' }
  | { kind: 'not-used' };

/** The layer a depth lines up with above the fat band: a depth on a boundary is in the upper layer. */
function getSkinLayer(depthMm: number, b: Boundaries): Exclude<DrawnLayer, 'fat'> {
  if (b.epidermisMm === null) return 'skin';
  if (b.stratumCorneumMm !== null && depthMm <= b.stratumCorneumMm) return 'stratum-corneum';
  return depthMm <= b.epidermisMm ? 'epidermis' : 'dermis';
}

/** What a setting reaches in an area. The band's ends belong to the band: below its low end is "skin", above its high end "past". */
export function getReach(region: Region, depthMm: number, general: PointMeasure | null): Reach {
  if (!region.treat) return { kind: 'not-used' };
  if (depthMm <= 0) return { kind: 'surface' };
  const b = getBoundaries(region, general);
  if (depthMm < b.fat.lowMm) return { kind: 'skin', layer: getSkinLayer(depthMm, b) };
  return depthMm <= b.fat.highMm ? { kind: 'band' } : { kind: 'past' };
}

/** A layer drawn as a band between two depths, in mm; `bottomMm` null runs to the bottom of the drawing. */
export interface LayerBand {
  layer: DrawnLayer;
  /** Top, mm. */
  topMm: number;
  /** Bottom, mm, or null for the fat, which runs off the drawing. */
  bottomMm: number | null;
}

/** The layers to draw for an area, top first, with the fat from the typical depth (the band shows the spread). */
export function getLayerBands(boundaries: Boundaries): LayerBand[] {
  const { fat, epidermisMm, stratumCorneumMm } = boundaries;
  const fatLayer: LayerBand = { layer: 'fat', topMm: fat.typicalMm, bottomMm: null };
  if (epidermisMm === null) return [{ layer: 'skin', topMm: 0, bottomMm: fat.typicalMm }, fatLayer];
  const top = stratumCorneumMm ?? 0;
  const bands: LayerBand[] = stratumCorneumMm === null ? [] : [{ layer: 'stratum-corneum', topMm: 0, bottomMm: top }];
  bands.push({ layer: 'epidermis', topMm: top, bottomMm: epidermisMm });
  bands.push({ layer: 'dermis', topMm: epidermisMm, bottomMm: fat.typicalMm });
  bands.push(fatLayer);
  return bands;
}

/** A studied limit for the area, and whether the setting is deeper than it. */
export interface LimitState {
  limit: DepthLimit;
  /** True when the setting is deeper than the deepest setting studied. */
  exceeded: boolean;
}

/** Studied limits that apply to an area, each marked exceeded or not; none where SkinPen is not used. */
export function getLimitStates(region: Region, depthMm: number, limits: readonly DepthLimit[]): LimitState[] {
  if (!region.treat) return [];
  return limits
    .filter((l) => l.regions.includes(region.id))
    .map((limit) => ({ limit, exceeded: depthMm > limit.maxMm }));
}

/** Caveats that apply to an area: those naming its part of the body and its id, or naming none. */
export function getCaveats(region: Region, caveats: readonly Caveat[]): Caveat[] {
  return caveats.filter(
    (c) =>
      (c.areas.length === 0 || c.areas.includes(region.area)) &&
      (c.regions.length === 0 || c.regions.includes(region.id)),
  );
}

/** True when a concern applies to an area: SkinPen is used there and the concern names it. */
export function isConcernForRegion(concern: Concern, region: Region): boolean {
  return region.treat && concern.regions.includes(region.id);
}

/** The concern shown with an area: the chosen one when it applies there, else none. */
export function getConcernForRegion(concern: Concern | null, region: Region): Concern | null {
  return concern && isConcernForRegion(concern, region) ? concern : null;
}

/** How a concern's depth range is drawn: from `fromMm` to `toMm`; `openStart` when only a maximum is known. */
export interface ConcernBand {
  /** Top of the band, mm. */
  fromMm: number;
  /** Bottom of the band, mm. */
  toMm: number;
  /** True when the source gives only a maximum ("up to"). */
  openStart: boolean;
}

/** A concern's sourced depth range, or null when it has none. */
export function getConcernRange(concern: Concern | null): ConcernBand | null {
  if (!concern || concern.maxMm === null) return null;
  return { fromMm: concern.minMm ?? 0, toMm: concern.maxMm, openStart: concern.minMm === null };
}

/** The band a concern draws on an area's scale: none where it does not apply or its evidence is too weak to draw. */
export function getConcernBand(concern: Concern | null, region: Region): ConcernBand | null {
  const shown = getConcernForRegion(concern, region);
  return shown && shown.drawBand ? getConcernRange(shown) : null;
}

/** Where the widget starts, after checking that the data allows the combination. */
export interface Selection {
  /** Area id (the first area when the asked one is unknown). */
  regionId: string;
  /** Concern id, or null. */
  concernId: string | null;
  /** Why the asked concern was dropped: it is unknown, or it does not apply to the area. */
  dropped: 'unknown-concern' | 'not-for-region' | null;
}

/** Checks a starting area and concern against the data: a concern that does not apply to the area is dropped. */
export function resolveSelection(
  regions: readonly Region[],
  concerns: readonly Concern[],
  asked: { regionId: string; concernId: string | null },
): Selection {
  const region = regions.find((r) => r.id === asked.regionId) ?? regions[0];
  if (!region) throw new Error('layer-depth: no regions in the data');
  if (asked.concernId === null) return { regionId: region.id, concernId: null, dropped: null };
  const concern = concerns.find((c) => c.id === asked.concernId);
  if (!concern) return { regionId: region.id, concernId: null, dropped: 'unknown-concern' };
  if (!isConcernForRegion(concern, region)) return { regionId: region.id, concernId: null, dropped: 'not-for-region' };
  return { regionId: region.id, concernId: concern.id, dropped: null };
}
