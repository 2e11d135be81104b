/** Where the layer-depth diagram puts things: its fixed geometry, the depth scale and label spacing. */
import type { DeviceSettings } from '../types';
import { roundFloat } from './depth';

/** Fixed geometry of the diagram, in SVG user units (the drawing is this size, scaled to fit). */
export const GEOMETRY = {
  /** viewBox width. */
  width: 360,
  /** viewBox height. */
  height: 420,
  /** y of the skin surface. */
  surfaceY: 56,
  /** Units per mm of depth. */
  unitsPerMm: 100,
  /** x of the depth axis line. */
  axisX: 36,
  /** Left and right edge of the concern band on the scale. */
  bandX: [40, 52],
  /** Left and right edge of the skin block. */
  skinX: [58, 184],
  /** x where layer labels start. */
  labelX: 196,
  /** x of the needles. */
  needleX: [96, 121, 146],
  /** Gap kept between the bottom of the scale and the legend. */
  legendGap: 26,
  /** Height of one legend line. */
  legendLine: 20,
} as const;

/** One tick on the depth scale. */
export interface Tick {
  /** Depth in mm. */
  mm: number;
  /** y in SVG units. */
  y: number;
  /** Major ticks carry a number. */
  major: boolean;
}

/** A linear depth scale from the surface down to `displayMaxMm`. */
export interface DepthScale {
  /** Deepest depth drawn, in mm. */
  displayMaxMm: number;
  /** y of the bottom of the drawing. */
  bottomY: number;
  /** Ticks, one per pen setting step, every second one major. */
  ticks: Tick[];
  /** y of a depth in mm, clamped to the drawing and rounded to 0.1 unit. */
  y: (mm: number) => number;
}

/** Room drawn below the deepest setting so the fat under thick skin still shows, in settings. */
const EXTRA_STEPS = 2;

/** Builds the depth scale for a pen: its deepest setting plus two steps, one tick per setting. */
export function createDepthScale(settings: DeviceSettings): DepthScale {
  const { surfaceY, unitsPerMm } = GEOMETRY;
  const displayMaxMm = roundFloat(settings.maxMm + settings.stepMm * EXTRA_STEPS);
  const y = (mm: number) => Math.round((surfaceY + Math.min(displayMaxMm, Math.max(0, mm)) * unitsPerMm) * 10) / 10;
  const count = Math.round(roundFloat(displayMaxMm / settings.stepMm));
  const ticks = Array.from({ length: count + 1 }, (_, i) => {
    const mm = roundFloat(i * settings.stepMm);
    return { mm, y: y(mm), major: i % 2 === 0 };
  });
  return { displayMaxMm, bottomY: y(displayMaxMm), ticks, y };
}

/**
 * Moves label positions (y, top to bottom) apart so no two are closer than `gap`, keeping each at or
 * below where it wants to be and never below `maxY` (labels are pushed up again from the bottom if needed).
 */
export function spreadLabels(desired: readonly number[], gap: number, maxY: number): number[] {
  const placed: number[] = [];
  for (const y of desired) {
    const prev = placed.at(-1);
    placed.push(prev === undefined ? y : Math.max(y, prev + gap));
  }
  for (let i = placed.length - 1; i >= 0; i -= 1) {
    const next = placed[i + 1];
    const limit = next === undefined ? maxY : next - gap;
    placed[i] = Math.round(Math.min(placed[i] ?? limit, limit) * 10) / 10;
  }
  return placed;
}
