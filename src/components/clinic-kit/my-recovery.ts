/**
 * The "my recovery" page's rules, pure: from the link's fragment (session date and clinic) and today's
 * date, the day after the session and the timeline's props with the clinic's numbers and in-range times.
 */
import type { ClinicProfile } from '../../lib/clinic/profile';
import type { TimingLang } from '../../lib/timing';
import { applyClinicProfile } from '../widgets/recovery-timeline/clinic';
import { formatIsoDate, getDaysBetween, type CalendarDate } from '../widgets/recovery-timeline/model/dates';
import type { RecoveryTimelineWidgetProps } from '../widgets/recovery-timeline/RecoveryTimelineWidget';

export { getLimitsFromProps } from '../widgets/recovery-timeline/clinic';

/** The timeline's props for a reader: their clinic, their day, and their clinic's timings where in range. */
export function personalise(
  props: RecoveryTimelineWidgetProps,
  link: { sessionDate?: CalendarDate; clinic: ClinicProfile },
  today: CalendarDate,
  lang: TimingLang,
): RecoveryTimelineWidgetProps {
  const next = applyClinicProfile({ ...props, showPlanner: true }, link.clinic, lang);
  const { sessionDate } = link;
  if (sessionDate) {
    const day = getDaysBetween(sessionDate, today);
    next.sessionDay = day;
    next.initialDay = Math.min(365, Math.max(0, day));
    next.initialStartDate = formatIsoDate(sessionDate);
  }
  return next;
}
