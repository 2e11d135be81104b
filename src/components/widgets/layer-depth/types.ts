/**
 * The one-language shapes the layer-depth island works with, derived from the collection schemas
 * (types only: `import type` keeps zod out of the browser bundle). props.ts builds them.
 */
import type { Localized } from '../shared/i18n';
import type { DepthGuidanceEntry, SkinRegionEntry } from './data-schema';

type GuidanceOf<K extends DepthGuidanceEntry['kind']> = Extract<DepthGuidanceEntry, { kind: K }>;

/** Which part of the body an area belongs to; limits and caveats apply per part. */
export type Area = SkinRegionEntry['area'];

/** A layer thickness as the sources report it, in mm; null means not measured (the reviewers' `basis` is left out). */
export type Measure = Localized<Omit<SkinRegionEntry['epidermis'], 'basis'>>;

/** One of the three numbers a measure may have. */
export type MeasureField = Measure['derivedFields'][number];

/** A single measured value, such as one stratum corneum reading or the fat layer, in mm. */
export type PointMeasure = Localized<NonNullable<SkinRegionEntry['fat']>>;

/** A sourced sentence shown with an area. */
export type SourcedText = Region['notes'][number];

/** One body or face area with its layer thicknesses, in display order (fact-sheet id, order and region sources left out). */
export type Region = Omit<
  Localized<Omit<SkinRegionEntry, 'factSheetId' | 'order' | 'sources'>>,
  'epidermis' | 'dermis' | 'total'
> & { epidermis: Measure; dermis: Measure; total: Measure };

/** The pen's depth settings, in mm, with the references behind them. */
export interface DeviceSettings {
  minMm: number;
  maxMm: number;
  stepMm: number;
  sources: string[];
}

/** The deepest setting studied for a use, by part of the body. */
export type DepthLimit = Localized<Omit<GuidanceOf<'limit'>, 'kind'>>;

/** A caveat shown with some or all areas. */
export type Caveat = Localized<Omit<GuidanceOf<'caveat'>, 'kind'>>;

/** A concern and the needle depths used for it in practice or trials. */
export type Concern = Localized<Omit<GuidanceOf<'concern'>, 'kind' | 'order'>>;

/** Everything the island draws, in one language. */
export interface LayerDepthData {
  device: DeviceSettings;
  limits: DepthLimit[];
  caveats: Caveat[];
  /** In display order. */
  concerns: Concern[];
  /** In display order. */
  regions: Region[];
  /** A general stratum corneum figure, drawn where an area has no reading of its own. */
  generalStratumCorneum: PointMeasure | null;
}
