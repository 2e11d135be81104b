/** Activities in words: when each is usually fine again, and how it stands at the selected time. Stateless. */
import { Heading } from '../shared/Heading';
import { SourceLinks } from '../shared/SourceLinks';
import { fillTemplate } from '../shared/text';
import { getActivityStatus } from './model/activities';
import { SourceNotes } from './SourcedText';
import type { RecoveryTimelineStrings } from './strings';
import type { ActivityView } from './types';

/** The list of activities, under a heading at `level`. */
export function ActivityList(props: {
  activities: ActivityView[];
  day: number;
  time: string;
  strings: RecoveryTimelineStrings;
  referencesHref: string;
  level: number;
  id: string;
}) {
  const { strings: s, time } = props;
  const statusTemplate = { avoid: s.statusAvoid, differ: s.statusDiffer, fine: s.statusFine, unknown: s.statusUnknown };
  return (
    <section className="spg-rt__activities" aria-labelledby={props.id}>
      <Heading level={props.level} id={props.id}>
        {s.activitiesTitle}
      </Heading>
      <p>{s.activitiesIntro}</p>
      <ul className="spg-rt__activity-list">
        {props.activities.map((a) => {
          const status = getActivityStatus(a, props.day);
          return (
            <li key={a.id} data-activity={a.id} data-status={status}>
              <strong>{a.label}.</strong>{' '}
              {a.fineFromDay === null ? s.notStated : fillTemplate(s.fineFrom, { n: a.fineFromDay })}
              {a.clinicNote && <span className="spg-rt__clinic-note"> ({a.clinicNote})</span>}
              {a.estimate && <span className="spg-rt__estimate"> ({s.estimate})</span>}.{' '}
              <span className={`spg-rt__status spg-rt__status--${status} spg-js`}>
                {fillTemplate(statusTemplate[status], { time })}.
              </span>
              <span className="spg-rt__detail">
                {a.detail} <SourceLinks ids={a.sources} href={props.referencesHref} label={s.source} />
              </span>
              <SourceNotes basis={a.basis} conflict={a.conflict} strings={s} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
