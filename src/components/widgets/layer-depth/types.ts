/**
 * Plain, serialisable shapes the layer-depth island works with: content data after the .astro entry has
 * picked one language. No zod here, so the browser bundle never pulls it in.
 */

/** Languages the widget speaks. */
export type Lang = 'en' | 'es';

/** Which part of the body an area belongs to; limits and caveats apply per part. */
export type Area = 'face' | 'neck' | 'body';

/** One of the three numbers a thickness measure may have. */
export type MeasureField = 'min' | 'typical' | 'max';

/** A layer thickness as the sources report it, in millimetres; null means not measured. */
export interface Measure {
  /** Lowest value found, in mm, or null. */
  minMm: number | null;
  /** Typical value, in mm, or null. */
  typicalMm: number | null;
  /** Highest value found, in mm, or null. */
  maxMm: number | null;
  /** Fields computed by the editors (midpoints, sums) rather than measured; shown as estimates. */
  derivedFields: MeasureField[];
  /** How it was measured, in the reader's language, or null when nothing was measured. */
  method: string | null;
  /** Reference ids (`ref-N`) behind the numbers. */
  sources: string[];
}

/** A single measured value, such as one stratum corneum reading or the fat layer, in mm. */
export interface PointMeasure {
  /** The value in mm. */
  valueMm: number;
  /** Standard deviation in mm, when the source gives one. */
  sdMm: number | null;
  /** Where on the body it was measured, when narrower than the area. */
  site: string | null;
  /** How it was measured. */
  method: string | null;
  /** Reference ids behind the value. */
  sources: string[];
}

/** Epidermis measured by high-frequency ultrasound, by sex, in mm. */
export interface UltrasoundEpidermis {
  /** Mean for women, in mm. */
  femaleMm: number;
  /** Mean for men, in mm. */
  maleMm: number;
  /** Where on the area it was measured, if narrower. */
  site: string | null;
  /** Reference ids behind the values. */
  sources: string[];
}

/** A sourced sentence shown with an area. */
export interface SourcedText {
  /** The sentence, in the reader's language. */
  text: string;
  /** Reference ids behind it (may be empty for a statement about what we did not find). */
  sources: string[];
}

/** How the diagram draws an area (the depth to the fat comes from `total`). */
export interface Drawing {
  /** Bottom of the epidermis, in mm, or null when no split was measured. */
  epidermisBottomMm: number | null;
  /** True when the drawn values were computed by the editors, not measured directly. */
  derived: boolean;
  /** How the boundaries were chosen, with its sources, or null. */
  note: SourcedText | null;
}

/** One body or face area with its layer thicknesses. */
export interface Region {
  /** kebab-case id, used in options and embed URLs. */
  id: string;
  /** Name in the reader's language. */
  label: string;
  /** Face, neck or body. */
  area: Area;
  /** Stratum corneum readings in this area (may be empty). */
  stratumCorneum: PointMeasure[];
  /** Whole epidermis. */
  epidermis: Measure;
  /** Epidermis by ultrasound, which reads higher than tissue samples, or null. */
  epidermisUltrasound: UltrasoundEpidermis | null;
  /** Dermis. */
  dermis: Measure;
  /** Depth to the fat (whole skin): lowest, typical and highest figure across studies; all three given. */
  total: Measure;
  /** Thickness of the fat layer under the skin, or null. */
  fat: PointMeasure | null;
  /** How the diagram draws the area. */
  drawing: Drawing;
  /** Other sourced notes about the area. */
  notes: SourcedText[];
  /** False where SkinPen is not used (the eyelid inside the orbital rim). */
  treat: boolean;
  /** Why SkinPen is not used here, when `treat` is false. */
  noTreatment: SourcedText | null;
}

/** The pen's depth settings, in mm. */
export interface DeviceSettings {
  /** Shallowest setting, in mm. */
  minMm: number;
  /** Deepest setting, in mm. */
  maxMm: number;
  /** Distance between settings, in mm. */
  stepMm: number;
  /** Reference ids behind the settings. */
  sources: string[];
}

/** The deepest setting studied for a use, on the regions it applies to. */
export interface DepthLimit {
  /** kebab-case id. */
  id: string;
  /** Region ids it applies to (never a region SkinPen is not used on). */
  regions: string[];
  /** Deepest setting studied, in mm. */
  maxMm: number;
  /** Short label for the diagram's legend. */
  label: string;
  /** Shown while the setting is within the limit; `{max}` becomes the formatted limit. */
  within: string;
  /** Shown, as a caution, above the limit; `{max}` becomes the formatted limit. */
  above: string;
  /** Reference ids. */
  sources: string[];
}

/** A caveat shown with some or all areas. */
export interface Caveat {
  /** kebab-case id. */
  id: string;
  /** note: always-true context; caution: a safety point. */
  tone: 'note' | 'caution';
  /** Parts of the body it applies to; empty means all. */
  areas: Area[];
  /** Area ids it applies to; empty means all (within `areas`). */
  regions: string[];
  /** The caveat in the reader's language. */
  text: string;
  /** Reference ids. */
  sources: string[];
}

/** A concern and the needle depths used for it in practice or trials. */
export interface Concern {
  /** kebab-case id. */
  id: string;
  /** Region ids the concern applies to (acne scars: the face outside the orbital rim). */
  regions: string[];
  /** False where the evidence is too weak to draw a band; the range is given in words only. */
  drawBand: boolean;
  /** Name in the reader's language. */
  label: string;
  /** Shallowest depth used, in mm, or null when the source gives only a maximum or nothing. */
  minMm: number | null;
  /** Deepest depth used, in mm, or null when no sourced range exists. */
  maxMm: number | null;
  /** Where and for whom the range applies (and whether it is a cleared use). */
  where: string;
  /** What the evidence is, plainly. */
  evidence: string;
  /** Reference ids (empty when nothing was found). */
  sources: string[];
}

/** Everything the island draws, in one language. */
export interface LayerDepthData {
  /** Depth settings of the pen. */
  device: DeviceSettings;
  /** Studied limits by part of the body. */
  limits: DepthLimit[];
  /** Caveats by part of the body or area. */
  caveats: Caveat[];
  /** Concerns for the concern picker, in display order. */
  concerns: Concern[];
  /** Areas, in display order. */
  regions: Region[];
  /** A general stratum corneum figure, drawn where an area has no reading of its own. */
  generalStratumCorneum: PointMeasure | null;
}
