/** Activities in words: when each is usually fine again, and how it stands at the selected time. Stateless. */
import { getActivityStatus } from './stages';
import type { RecoveryTimelineStrings } from './strings';
import { Heading, SourceLinks, getBasisLabel } from './SourcedText';
import { fillTemplate } from './text';
import type { ActivityView } from './types';

/** Small swatches matching the diagram's fills, so the legend does not rely on colour alone. */
function Swatch(props: { kind: 'avoid' | 'differ' | 'fine' | 'unknown' | 'marker' }) {
  return (
    <svg
      className={`spg-rt__swatch spg-rt__swatch--${props.kind}`}
      width="28"
      height="14"
      viewBox="0 0 28 14"
      aria-hidden="true"
    >
      {props.kind === 'marker' ? (
        <line x1="14" x2="14" y1="0" y2="14" />
      ) : (
        <>
          <rect x="0.5" y="0.5" width="27" height="13" />
          {props.kind === 'avoid' && <path d="M0 14 L14 0 M7 14 L21 0 M14 14 L28 0 M21 14 L28 7 M0 7 L7 0" />}
          {props.kind === 'differ' && (
            <path d="M4 4h.01M10 4h.01M16 4h.01M22 4h.01M7 10h.01M13 10h.01M19 10h.01M25 10h.01" />
          )}
        </>
      )}
    </svg>
  );
}

/** The legend for the diagram. */
export function DiagramLegend(props: { strings: RecoveryTimelineStrings }) {
  const s = props.strings;
  const items = [
    ['avoid', s.legendAvoid],
    ['differ', s.legendDiffer],
    ['fine', s.legendFine],
    ['unknown', s.legendUnknown],
    ['marker', s.legendMarker],
  ] as const;
  return (
    <ul className="spg-rt__legend">
      {items.map(([kind, label]) => (
        <li key={kind}>
          <Swatch kind={kind} /> {label}
        </li>
      ))}
    </ul>
  );
}

/** The list of activities. */
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
              <span className={`spg-rt__status spg-rt__status--${status} spg-rt__js`}>
                {fillTemplate(statusTemplate[status], { time })}.
              </span>
              <span className="spg-rt__detail">
                {a.detail} <SourceLinks sources={a.sources} strings={s} referencesHref={props.referencesHref} />
              </span>
              {a.basis && <span className="spg-rt__basis">{getBasisLabel(a.basis, s)}</span>}
              {a.conflict && (
                <span className="spg-rt__conflict">
                  <strong>{s.sourcesDiffer}</strong> {a.conflict}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
