/** The words the layer-depth widget shows and a screen reader hears. */
import { fillTemplate, formatNumber } from '../../shared/text';
import type { LayerDepthStrings } from '../strings';
import type { Concern, DepthLimit, Measure, MeasureField, PointMeasure, Region } from '../types';
import {
  getBoundaries,
  getConcernBand,
  getConcernRange,
  getLayerBands,
  getLimitStates,
  getReach,
  type LimitState,
  type Reach,
} from './layers';

/** A length with its unit ("1.5 mm"); depth settings use 2 decimals, measurements 3. */
export function formatMm(valueMm: number, strings: LayerDepthStrings, digits = 3): string {
  return fillTemplate(strings.mm, { value: formatNumber(valueMm, strings.numberLocale, digits) });
}

/** A depth setting with its unit ("1.5 mm", "0.25 mm"). */
export function formatDepth(depthMm: number, strings: LayerDepthStrings): string {
  return formatMm(depthMm, strings, 2);
}

/** A measure in words: its range or single value, "(estimate)" after each derived number; all-null says so. */
export function formatMeasure(measure: Measure, strings: LayerDepthStrings): string {
  const { minMm, typicalMm, maxMm, derivedFields } = measure;
  const num = (value: number, field: MeasureField) =>
    formatMm(value, strings) + (derivedFields.includes(field) ? ` ${strings.estimate}` : '');
  if (minMm !== null && maxMm !== null) {
    const sameEnds = minMm === maxMm;
    const main = sameEnds
      ? num(minMm, 'min')
      : fillTemplate(strings.range, { min: num(minMm, 'min'), max: num(maxMm, 'max') });
    if (typicalMm === null || (sameEnds && typicalMm === minMm)) return main;
    return `${main}; ${fillTemplate(strings.typical, { value: num(typicalMm, 'typical') })}`;
  }
  if (minMm !== null) return fillTemplate(strings.from, { min: num(minMm, 'min') });
  if (maxMm !== null) return fillTemplate(strings.upTo, { max: num(maxMm, 'max') });
  if (typicalMm !== null) return fillTemplate(strings.about, { value: num(typicalMm, 'typical') });
  return strings.noMeasurement;
}

/** A single reading in words, with its standard deviation when given ("5.14 mm (± 3.31 mm)"). */
export function formatPoint(point: PointMeasure, strings: LayerDepthStrings): string {
  const value = formatMm(point.valueMm, strings);
  return point.sdMm === null ? value : fillTemplate(strings.sd, { value, sd: formatMm(point.sdMm, strings) });
}

/** A concern's depth range in words ("0.25 mm to 1.5 mm", "up to 2.5 mm", "1.5 mm"), or null when none is sourced. */
export function formatConcernRange(concern: Concern, strings: LayerDepthStrings): string | null {
  const band = getConcernRange(concern);
  if (!band) return null;
  const max = formatMm(band.toMm, strings);
  if (band.openStart) return fillTemplate(strings.upTo, { max });
  if (band.fromMm === band.toMm) return max;
  return fillTemplate(strings.range, { min: formatMm(band.fromMm, strings), max });
}

/** A concern's range in one sentence: "Acne scars: 0.25 mm to 1.5 mm." or "Stretch marks: no sourced depth range." */
export function describeConcern(concern: Concern, strings: LayerDepthStrings): string {
  const range = formatConcernRange(concern, strings);
  return range === null
    ? fillTemplate(strings.concernNoRange, { concern: concern.label })
    : fillTemplate(strings.concernRange, { concern: concern.label, range });
}

/** The slider's aria-valuetext: "1.5 mm, may reach the lower dermis or the fat". */
export function describeValueText(depthMm: number, reach: Reach, strings: LayerDepthStrings): string {
  if (reach.kind === 'not-used') return strings.reachShort['not-used'];
  return fillTemplate(strings.valueText, {
    depth: formatDepth(depthMm, strings),
    reach: strings.reachShort[reach.kind],
  });
}

/**
 * The status sentences. They follow the uncertainty of the sources: below the thinnest skin measured the
 * needles likely stay in the skin; inside the band they may reach the lower dermis or the fat; past the
 * thickest they may go past the skin. The setting is never told as a certain depth.
 */
export function describeReach(region: Region, depthMm: number, reach: Reach, strings: LayerDepthStrings): string {
  const { fat } = getBoundaries(region, null);
  const values = {
    region: region.label,
    depth: formatDepth(depthMm, strings),
    low: formatMm(fat.lowMm, strings, 2),
    high: formatMm(fat.highMm, strings, 2),
  };
  switch (reach.kind) {
    case 'not-used':
      return fillTemplate(strings.statusNotUsed, values);
    case 'surface':
      return fillTemplate(strings.statusSurface, values);
    case 'skin':
      return `${fillTemplate(strings.statusSkin, { ...values, layer: strings.layerPhrases[reach.layer] })} ${strings.shallower}`;
    case 'band':
      return `${fillTemplate(strings.statusBand, values)} ${strings.shallower}`;
    case 'past':
      return `${fillTemplate(strings.statusPast, values)} ${strings.shallower}`;
  }
}

/**
 * What the live region says after the area or setting changes: what the setting reaches, any
 * exceeded limit, and a concern that was dropped because it does not apply to the new area.
 */
export function describeChange(
  region: Region,
  depthMm: number,
  limits: readonly DepthLimit[],
  general: PointMeasure | null,
  strings: LayerDepthStrings,
  droppedConcern: string | null = null,
): string {
  const cautions = getLimitStates(region, depthMm, limits)
    .filter((l) => l.exceeded)
    .map((l) => fillTemplate(l.limit.above, { max: formatDepth(l.limit.maxMm, strings) }));
  const dropped = droppedConcern ? [fillTemplate(strings.concernDropped, { concern: droppedConcern })] : [];
  return [describeReach(region, depthMm, getReach(region, depthMm, general), strings), ...cautions, ...dropped].join(
    ' ',
  );
}

/** Everything the diagram's description needs. */
export interface DiagramState {
  /** The area drawn. */
  region: Region;
  /** The setting, mm. */
  depthMm: number;
  /** The chosen concern, or null. */
  concern: Concern | null;
  /** Limits that apply to the area. */
  limits: readonly LimitState[];
  /** General stratum corneum figure, for areas without their own. */
  generalStratumCorneum: PointMeasure | null;
  /** Deepest depth drawn, mm. */
  displayMaxMm: number;
}

/** The SVG's <desc>: the whole picture in words, no colour or position needed. */
export function describeDiagram(state: DiagramState, strings: LayerDepthStrings): string {
  const { region, depthMm, concern, limits, generalStratumCorneum, displayMaxMm } = state;
  const boundaries = getBoundaries(region, generalStratumCorneum);
  const bands = getLayerBands(boundaries);
  const reach = getReach(region, depthMm, generalStratumCorneum);
  const { fat } = boundaries;
  const parts = [
    fillTemplate(strings.descIntro, { region: region.label, max: formatDepth(displayMaxMm, strings) }),
    fillTemplate(strings.descLayers, { layers: bands.map((b) => strings.layerNames[b.layer]).join(', ') }),
    fillTemplate(strings.descFatBand, {
      low: formatMm(fat.lowMm, strings, 2),
      typical: formatMm(fat.typicalMm, strings, 2),
      high: formatMm(fat.highMm, strings, 2),
    }),
    describeReach(region, depthMm, reach, strings),
  ];
  const band = getConcernBand(concern, region);
  if (concern && region.treat) {
    const range = formatConcernRange(concern, strings);
    const values = { concern: concern.label, range: range ?? '' };
    if (range === null) parts.push(fillTemplate(strings.descNoBand, values));
    else parts.push(fillTemplate(band ? strings.descBand : strings.descBandWords, values));
  }
  for (const { limit } of limits) {
    parts.push(fillTemplate(strings.descLimit, { max: formatDepth(limit.maxMm, strings), label: limit.label }));
  }
  return parts.join(' ');
}
