/**
 * The one-language shapes the recovery-timeline island works with, derived from the collection
 * schemas (types only: `import type` keeps zod out of the browser bundle), and the parts of them
 * the pure model reads. props.ts builds them.
 */
import type { UrgencyTier, WarningSign } from '../../../content/urgency-schema';
import type { DayTiming } from '../../../lib/timing';
import type { Localized } from '../shared/i18n';
import type { RecoveryActivity, RecoveryStage, SourcedText, TreatmentSeries } from './data-schema';

/** Which kind of secondary source an item rests on (absent = primary sources). */
export type SourceBasis = NonNullable<SourcedText['basis']>;

/** One sourced statement in the reader's language. */
export type TextItem = Localized<SourcedText>;

/** How a stage counts time. */
export type TimeUnit = RecoveryStage['unit'];

/** The timing part of a stage, all the model needs. */
export type StageTiming = Pick<RecoveryStage, 'dayFrom' | 'dayTo' | 'unit' | 'stopDays'>;

/** One recovery stage in the reader's language. */
export type StageView = Localized<RecoveryStage>;

/** The timing part of an activity on the day scale (derived from its hours). */
export type ActivityTiming = Pick<RecoveryActivity, 'id' | 'estimate'> & DayTiming;

/** One activity in the reader's language, with its day-scale timing. */
export type ActivityView = Localized<Omit<RecoveryActivity, 'order'>> &
  DayTiming & {
    /** Set when a clinic chose its own time inside the range: what to tell the reader. */
    clinicNote?: string;
  };

/** The timing part of a treatment series. */
export type SeriesTiming = Pick<TreatmentSeries, 'id' | 'sessionCount' | 'intervalDays' | 'intervalRangeDays'> & {
  followUps: Pick<TreatmentSeries['followUps'][number], 'monthsAfterLast'>[];
  maintenance?: Pick<NonNullable<TreatmentSeries['maintenance']>, 'minMonths' | 'maxMonths'>;
};

/** One treatment series in the reader's language. */
export type SeriesView = Localized<Omit<TreatmentSeries, 'order'>>;

/** One warning sign in the reader's language. */
export type WarningSignView = Localized<Omit<WarningSign, 'order'>>;

/** One urgency tier in the reader's language: its heading, what to do, and emergency numbers. */
export type UrgencyTierView = Localized<Omit<UrgencyTier, 'order'>>;

/** The clinic that treated the reader (shared with the other widgets). */
export type { ClinicContact } from '../shared/clinic';
