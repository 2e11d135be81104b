/**
 * Serialisable shapes the .astro entry hands to the island: content data already reduced to
 * one language. Pure types; no runtime code.
 */

/** Which kind of secondary source an item rests on (absent = primary sources). */
export type SourceBasis = 'clinic-instructions' | 'clinic-page' | 'maker-page' | 'general-summary' | 'expert-opinion';

/** One sourced statement in the reader's language. */
export interface TextItem {
  /** The statement. */
  text: string;
  /** Reference ids, e.g. `ref-74`. */
  sources: string[];
  /** Set when every source is secondary. */
  basis?: SourceBasis;
  /** Where sources disagree, what they say and which timing is shown. */
  conflict?: string;
}

/** How a stage counts time. */
export type TimeUnit = 'day' | 'week' | 'month';

/** The timing part of a stage, all the pure model needs. */
export interface StageTiming {
  /** First day after the session (0 = treatment day). */
  dayFrom: number;
  /** Last day, inclusive. */
  dayTo: number;
  /** Counting unit for labels. */
  unit: TimeUnit;
  /** Days the scrubber stops at; default every day from dayFrom to dayTo. */
  stopDays?: number[];
}

/** One recovery stage in the reader's language. */
export interface StageView extends StageTiming {
  id: string;
  /** Axis label, e.g. `4–7`. */
  axisLabel: string;
  /** Stage name. */
  label: string;
  /** A few words for the day control's value text. */
  summary: string;
  notice: TextItem[];
  do: TextItem[];
  avoid: TextItem[];
  callIf: TextItem[];
}

/** The timing part of an activity. */
export interface ActivityTiming {
  id: string;
  /** Exclusive end of the "avoid" period, in days. */
  avoidUntilDay: number;
  /** Cautious day it is usually fine again; null when no source says. */
  fineFromDay: number | null;
  /** Less cautious day some source allows, when sources disagree. */
  earliestStatedDay?: number;
  /** True when fineFromDay is our estimate. */
  estimate: boolean;
}

/** One activity in the reader's language. */
export interface ActivityView extends ActivityTiming {
  /** The restart time shown, in hours (the data's own figure; the day fields are derived from it). */
  fineFromHours: number | null;
  /** Earliest and latest restart time the sources give, in hours, or null. */
  sourcesRange: { minHours: number; maxHours: number } | null;
  /** Set when a clinic chose its own time inside the range: what to tell the reader. */
  clinicNote?: string;
  label: string;
  shortLabel: string;
  detail: string;
  conflict?: string;
  reminder?: string;
  basis?: SourceBasis;
  sources: string[];
}

/** The timing part of a treatment series. */
export interface SeriesTiming {
  id: string;
  sessionCount: number;
  intervalDays: number;
  intervalRangeDays: { min: number; max: number };
  followUps: { monthsAfterLast: number }[];
  maintenance?: { minMonths: number; maxMonths: number };
}

/** One treatment series in the reader's language. */
export interface SeriesView extends SeriesTiming {
  label: string;
  interval: TextItem;
  followUps: { monthsAfterLast: number; label: string; sources: string[] }[];
  results: TextItem;
  maintenance?: { minMonths: number; maxMonths: number; note: TextItem };
}

/** One warning sign in the reader's language. */
export interface WarningSignView extends TextItem {
  id: string;
  /** Id of the urgency tier it belongs to. */
  tier: string;
  /** A caveat shown with the sign. */
  note?: string;
}

/** One urgency tier in the reader's language: its heading, what to do, and emergency numbers. */
export interface UrgencyTierView {
  id: string;
  heading: string;
  when: string;
  note?: string;
  numbers: { where: string; number: string }[];
  sources: string[];
}

/** The clinic that treated the reader, from a clinic's embed options or the reader's own link. */
export interface ClinicContact {
  name?: string;
  phone?: string;
  afterHoursPhone?: string;
  website?: string;
}
