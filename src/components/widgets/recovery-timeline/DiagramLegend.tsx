/** The timeline diagram's legend: a swatch for each fill the bars use, so the key never relies on colour alone. */
import type { ActivityStatus } from './model/activities';
import type { RecoveryTimelineStrings } from './strings';

/** A small swatch matching one of the diagram's fills, or its marker line. */
function Swatch(props: { kind: ActivityStatus | 'marker' }) {
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

/** One line per fill, then the selected-time marker. */
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
