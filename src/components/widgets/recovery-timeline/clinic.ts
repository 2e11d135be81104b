/**
 * The timeline with a clinic's profile applied (pure): its name and numbers in the first urgency
 * tier, its own restart times where they sit inside the sources' range ("Your clinic: 48 hours ·
 * sources range from 24 hours to 48 hours"), and its session interval where the series allows
 * it. Used by the embed (the clinic's options) and the "my recovery" page (the reader's link).
 */
import { getClinicDays, getClinicLimits, isTimeableRange } from '../../../lib/clinic/timing';
import type { ClinicLimits, ClinicProfile } from '../../../lib/clinic/profile';
import type { TimingLang } from '../../../lib/timing';
import { toClinicContact } from '../shared/clinic';
import type { RecoveryTimelineWidgetProps } from './RecoveryTimelineWidget';

/** The ranges a clinic's timings must keep, from the timeline's own data. */
export function getLimitsFromProps(props: Pick<RecoveryTimelineWidgetProps, 'activities' | 'series'>): ClinicLimits {
  return getClinicLimits(props.activities, props.series);
}

/** The activities a clinic may time: those whose sources give a range, not one time. */
export function getTimeableActivities(props: Pick<RecoveryTimelineWidgetProps, 'activities'>) {
  return props.activities.flatMap((a) => (isTimeableRange(a.sourcesRange) ? [{ id: a.id, ...a.sourcesRange }] : []));
}

/** The props with the clinic's contact, in-range timings and interval; anything out of range is left as sourced. */
export function applyClinicProfile(
  props: RecoveryTimelineWidgetProps,
  clinic: ClinicProfile,
  lang: TimingLang,
): RecoveryTimelineWidgetProps {
  const next: RecoveryTimelineWidgetProps = { ...props };
  const contact = toClinicContact(clinic);
  if (contact) next.clinic = contact;
  if (clinic.timings) {
    next.activities = props.activities.map((a) => {
      const days = getClinicDays(a, clinic.timings?.[a.id], lang);
      if (!days) return a;
      // The clinic decided this time, so the "sources differ" stretch does not apply to this reader.
      const { earliestStatedDay: _ignored, ...rest } = a;
      return { ...rest, ...days };
    });
  }
  const interval = clinic.intervalDays;
  if (interval !== undefined) {
    next.series = props.series.map((s) =>
      interval >= s.intervalRangeDays.min && interval <= s.intervalRangeDays.max ? { ...s, intervalDays: interval } : s,
    );
  }
  return next;
}
