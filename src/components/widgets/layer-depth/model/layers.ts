/** Which skin layer a depth setting lines up with, and which limits, caveats and bands apply to an area. */
import type { Area, Caveat, Concern, DepthLimit, Measure, PointMeasure, Region } from '../types';

/**
 * A layer a setting can reach. `surface`: 0 mm, nothing below the surface. `skin`: epidermis or dermis
 * where no split between them was measured. `unknown`: no reliable measurement for the area.
 */
export type Layer = 'surface' | 'stratum-corneum' | 'epidermis' | 'dermis' | 'skin' | 'fat' | 'unknown';

/** A boundary between layers, in mm below the surface: drawn value and the spread the studies report. */
export interface Boundary {
  /** Shallowest the boundary was found (thinner skin), mm. */
  lowMm: number;
  /** Where the diagram draws it, mm. */
  drawnMm: number;
  /** Deepest the boundary was found (thicker skin), mm. */
  highMm: number;
}

/** The boundaries of an area; null where unknown. */
export interface Boundaries {
  /** Bottom of the stratum corneum, mm (no spread is drawn for this very thin layer). */
  stratumCorneumMm: number | null;
  /** Bottom of the epidermis. */
  epidermis: Boundary | null;
  /** Bottom of the dermis, i.e. the top of the fat. */
  skin: Boundary | null;
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

function toBoundary(drawnMm: number | null, measure: Measure): Boundary | null {
  if (drawnMm === null) return null;
  // A drawn value just outside a study's range (e.g. a sum of typicals) widens the spread rather than being moved.
  return {
    lowMm: Math.min(measure.minMm ?? drawnMm, drawnMm),
    drawnMm,
    highMm: Math.max(measure.maxMm ?? drawnMm, drawnMm),
  };
}

/** The layer boundaries of an area, from its drawing and the study ranges of its epidermis and whole skin. */
export function getBoundaries(region: Region, general: PointMeasure | null): Boundaries {
  const drawing = region.drawing;
  const skin = drawing ? toBoundary(drawing.dermisBottomMm, region.total) : null;
  const epidermis = drawing && skin ? toBoundary(drawing.epidermisBottomMm, region.epidermis) : null;
  const sc = epidermis ? getStratumCorneum(region, general) : null;
  return { stratumCorneumMm: sc ? sc.measure.valueMm : null, epidermis, skin };
}

/** Which value of each boundary to use: thinner skin, as drawn, or thicker skin. */
export type Reading = 'lowMm' | 'drawnMm' | 'highMm';

/** The layer a depth in mm lines up with, for one reading of the boundaries. A depth on a boundary is in the upper layer. */
export function getLayerAtDepth(depthMm: number, boundaries: Boundaries, reading: Reading = 'drawnMm'): Layer {
  const { skin, epidermis, stratumCorneumMm } = boundaries;
  if (depthMm <= 0) return 'surface';
  if (!skin) return 'unknown';
  if (!epidermis) return depthMm <= skin[reading] ? 'skin' : 'fat';
  if (stratumCorneumMm !== null && depthMm <= stratumCorneumMm) return 'stratum-corneum';
  if (depthMm <= epidermis[reading]) return 'epidermis';
  return depthMm <= skin[reading] ? 'dermis' : 'fat';
}

/** What a setting reaches in an area: as drawn, and where thinner or thicker skin would change that. */
export interface Reach {
  /** Layer reached with the drawn boundaries. */
  layer: Layer;
  /** Deeper layer it may reach in thinner skin, or null when the same. */
  thinner: Layer | null;
  /** Shallower layer it may stop in with thicker skin, or null when the same. */
  thicker: Layer | null;
}

/** The layer a setting reaches in an area, with the uncertainty from the study ranges. */
export function getReach(region: Region, depthMm: number, general: PointMeasure | null): Reach {
  const boundaries = getBoundaries(region, general);
  const layer = getLayerAtDepth(depthMm, boundaries);
  const thinner = getLayerAtDepth(depthMm, boundaries, 'lowMm');
  const thicker = getLayerAtDepth(depthMm, boundaries, 'highMm');
  return { layer, thinner: thinner === layer ? null : thinner, thicker: thicker === layer ? null : thicker };
}

/** A layer drawn as a band between two depths, in mm; `bottomMm` null runs to the bottom of the drawing. */
export interface LayerBand {
  /** Which layer. */
  layer: Exclude<Layer, 'surface' | 'unknown'>;
  /** Top, mm. */
  topMm: number;
  /** Bottom, mm, or null for the fat, which runs off the drawing. */
  bottomMm: number | null;
}

/** The bands to draw for an area, top first; empty when the area has no reliable measurement. */
export function getLayerBands(boundaries: Boundaries): LayerBand[] {
  const { skin, epidermis, stratumCorneumMm } = boundaries;
  if (!skin) return [];
  const fat: LayerBand = { layer: 'fat', topMm: skin.drawnMm, bottomMm: null };
  if (!epidermis) return [{ layer: 'skin', topMm: 0, bottomMm: skin.drawnMm }, fat];
  const top = stratumCorneumMm ?? 0;
  const bands: LayerBand[] = stratumCorneumMm === null ? [] : [{ layer: 'stratum-corneum', topMm: 0, bottomMm: top }];
  bands.push({ layer: 'epidermis', topMm: top, bottomMm: epidermis.drawnMm });
  bands.push({ layer: 'dermis', topMm: epidermis.drawnMm, bottomMm: skin.drawnMm });
  bands.push(fat);
  return bands;
}

/** A studied limit for the area, and whether the setting is deeper than it. */
export interface LimitState {
  /** The limit. */
  limit: DepthLimit;
  /** True when the setting is deeper than the deepest setting studied. */
  exceeded: boolean;
}

/** Studied limits that apply to a part of the body, each marked exceeded or not. */
export function getLimitStates(area: Area, depthMm: number, limits: readonly DepthLimit[]): LimitState[] {
  return limits.filter((l) => l.areas.includes(area)).map((limit) => ({ limit, exceeded: depthMm > limit.maxMm }));
}

/** Caveats that apply to an area: those naming its part of the body and its id, or naming none. */
export function getCaveats(region: Region, caveats: readonly Caveat[]): Caveat[] {
  return caveats.filter(
    (c) =>
      (c.areas.length === 0 || c.areas.includes(region.area)) &&
      (c.regions.length === 0 || c.regions.includes(region.id)),
  );
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

/** The band a concern draws on the scale, or null when it has no sourced depth range. */
export function getConcernBand(concern: Concern | null): ConcernBand | null {
  if (!concern || concern.maxMm === null) return null;
  return { fromMm: concern.minMm ?? 0, toMm: concern.maxMm, openStart: concern.minMm === null };
}
