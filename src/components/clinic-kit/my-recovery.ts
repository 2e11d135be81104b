/**
 * The "my recovery" page's rules, pure: from the link's fragment (session date and clinic) and today's
 * date, the day after the session and the timeline's props with the clinic's numbers and in-range times.
 */
import type { ClinicLimits, ClinicProfile } from '../../lib/clinic/profile';
import { getClinicDays, getClinicLimits } from '../../lib/clinic/timing';
import type { TimingLang } from '../../lib/timing';
import { formatIsoDate, getDaysBetween, type CalendarDate } from '../widgets/recovery-timeline/model/dates';
import type { RecoveryTimelineWidgetProps } from '../widgets/recovery-timeline/RecoveryTimelineWidget';

/** The ranges a link's clinic timings must keep, from the timeline's own data. */
export function getLimitsFromProps(props: RecoveryTimelineWidgetProps): ClinicLimits {
  return getClinicLimits(props.activities, props.series);
}

/** The timeline's props for a reader: their clinic, their day, and their clinic's timings where in range. */
export function personalise(
  props: RecoveryTimelineWidgetProps,
  link: { sessionDate?: CalendarDate; clinic: ClinicProfile },
  today: CalendarDate,
  lang: TimingLang,
): RecoveryTimelineWidgetProps {
  const { clinic, sessionDate } = link;
  const next: RecoveryTimelineWidgetProps = { ...props, showPlanner: true };
  const contact = {
    ...(clinic.name ? { name: clinic.name } : {}),
    ...(clinic.phone ? { phone: clinic.phone } : {}),
    ...(clinic.afterHoursPhone ? { afterHoursPhone: clinic.afterHoursPhone } : {}),
    ...(clinic.website ? { website: clinic.website } : {}),
  };
  if (Object.keys(contact).length > 0) next.clinic = contact;
  next.activities = props.activities.map((a) => {
    const days = getClinicDays(a, clinic.timings?.[a.id], lang);
    if (!days) return a;
    // The clinic decided this time, so the "sources differ" stretch does not apply to this reader.
    const { earliestStatedDay: _ignored, ...rest } = a;
    return { ...rest, ...days };
  });
  if (clinic.intervalDays !== undefined) {
    next.series = props.series.map((s) =>
      clinic.intervalDays !== undefined &&
      clinic.intervalDays >= s.intervalRangeDays.min &&
      clinic.intervalDays <= s.intervalRangeDays.max
        ? { ...s, intervalDays: clinic.intervalDays }
        : s,
    );
  }
  if (sessionDate) {
    const day = getDaysBetween(sessionDate, today);
    next.sessionDay = day;
    next.initialDay = Math.min(365, Math.max(0, day));
    next.initialStartDate = formatIsoDate(sessionDate);
  }
  return next;
}
