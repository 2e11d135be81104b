/** The pen's depth settings: snapping, the list of settings and what a slider key does. */
import type { SliderKeyAction } from '../../shared/slider-keys';
import type { DeviceSettings } from '../types';

/** Settings a Page Up / Page Down key press moves by. */
export const PAGE_STEPS = 4;

/** Decimal places kept after snapping, so 0.1 + 0.2 style float noise never reaches the UI. */
const PRECISION = 1e6;

/** Rounds away binary float noise (e.g. 0.7500000000000001 becomes 0.75). */
export function roundFloat(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

/**
 * Clamps a depth to the pen's range and snaps it to the nearest setting, in mm.
 * Non-numbers (NaN, ±Infinity from bad input) fall back to the shallowest setting or clamp.
 */
export function snapDepth(depthMm: number, settings: DeviceSettings): number {
  const { minMm, maxMm, stepMm } = settings;
  if (Number.isNaN(depthMm)) return minMm;
  const clamped = Math.min(maxMm, Math.max(minMm, depthMm));
  const steps = Math.round(roundFloat((clamped - minMm) / stepMm));
  return roundFloat(Math.min(maxMm, minMm + steps * stepMm));
}

/** Every setting of the pen, shallowest first, in mm. */
export function listSettings(settings: DeviceSettings): number[] {
  const count = Math.round(roundFloat((settings.maxMm - settings.minMm) / settings.stepMm)) + 1;
  return Array.from({ length: count }, (_, i) => roundFloat(settings.minMm + i * settings.stepMm));
}

/**
 * The setting a slider key action moves to, in mm: next/previous one setting deeper or
 * shallower, nextPage/previousPage {@link PAGE_STEPS} settings, first the shallowest and last the deepest.
 */
export function getDepthForAction(action: SliderKeyAction, depthMm: number, settings: DeviceSettings): number {
  const { stepMm } = settings;
  const current = snapDepth(depthMm, settings);
  switch (action) {
    case 'next':
      return snapDepth(current + stepMm, settings);
    case 'previous':
      return snapDepth(current - stepMm, settings);
    case 'nextPage':
      return snapDepth(current + stepMm * PAGE_STEPS, settings);
    case 'previousPage':
      return snapDepth(current - stepMm * PAGE_STEPS, settings);
    case 'first':
      return settings.minMm;
    case 'last':
      return snapDepth(settings.maxMm, settings);
  }
}
