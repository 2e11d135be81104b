/**
 * The time axis as SVG: stage bands, a marker at the selected time, and one bar per activity
 * on the same axis. Stateless: props in, markup out. There is no viewBox: across, positions are
 * percentages of the width; down, CSS pixels. So text keeps its size on a phone, the drawing
 * fills any width, and its height never depends on the width (no layout shift, no measuring).
 */
import { getActivitySegments } from './model/activities';
import { getDayStart, getStopCentre, type Stop } from './model/stages';
import type { ActivityTiming, StageTiming, TimeUnit } from './types';

/** Sizes down the drawing, in CSS pixels. */
const BAND_H = 36;
const UNIT_Y = 56;
const ROWS_Y = 72;
const ROW_H = 40;
const BAR_Y = 20;
const BAR_H = 14;

/** Height of the diagram for a number of activity rows. */
export function getDiagramHeight(rowCount: number): number {
  return ROWS_Y + rowCount * ROW_H + 4;
}

/** What the diagram draws. */
export interface TimelineDiagramProps {
  stages: (StageTiming & { id: string; axisLabel: string })[];
  stops: Stop[];
  /** Index of the selected stop. */
  stopIndex: number;
  activities: (ActivityTiming & { shortLabel: string })[];
  /** Unit names under the axis. */
  unitLabels: Record<TimeUnit, string>;
  title: string;
  desc: string;
  /** Prefix that keeps pattern ids unique on the page. */
  idPrefix: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A fraction of the axis (0–1) as an x percentage, leaving 1% free at each side. */
const pct = (fraction: number) => `${round(1 + fraction * 98)}%`;

/** Stages grouped into runs of the same unit, for the labels under the bands. */
function getUnitRuns(props: TimelineDiagramProps): { unit: TimeUnit; from: number; to: number }[] {
  const runs: { unit: TimeUnit; from: number; to: number }[] = [];
  props.stops.forEach((stop, i) => {
    const unit = props.stages[stop.stageIndex]?.unit ?? 'day';
    const last = runs[runs.length - 1];
    if (last && last.unit === unit) last.to = i + 1;
    else runs.push({ unit, from: i, to: i + 1 });
  });
  return runs;
}

/** Stage bands with unit labels, one bar per activity, and the marker at the selected stop. */
export function TimelineDiagram(props: TimelineDiagramProps) {
  const { stops, stopIndex, idPrefix } = props;
  const n = stops.length;
  const height = getDiagramHeight(props.activities.length);
  const currentStage = stops[stopIndex]?.stageIndex ?? 0;
  const marker = pct(getStopCentre(stopIndex, n));
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    <svg
      className="spg-rt__diagram"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      width="100%"
      height={height}
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.desc}</desc>
      <defs>
        <pattern
          id={`${idPrefix}-avoid`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="spg-rt__fill-avoid-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="spg-rt__hatch" />
        </pattern>
        <pattern id={`${idPrefix}-differ`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="spg-rt__fill-avoid-bg" />
          <circle cx="3" cy="3" r="1.2" className="spg-rt__dot" />
        </pattern>
      </defs>
      {props.stages.map((stage, i) => {
        const first = stops.findIndex((s) => s.stageIndex === i);
        const count = stops.filter((s) => s.stageIndex === i).length;
        if (first < 0) return null;
        const current = i === currentStage;
        return (
          <g key={stage.id} className={`spg-rt__band${current ? ' spg-rt__band--current' : ''}`}>
            <rect x={pct(first / n)} y={0} width={`${round((count / n) * 98)}%`} height={BAND_H} rx={3} />
            <text x={pct((first + count / 2) / n)} y={24} textAnchor="middle">
              {stage.axisLabel}
            </text>
          </g>
        );
      })}
      {getUnitRuns(props).map((run) => (
        <g key={`${run.unit}-${run.from}`} className="spg-rt__unit">
          <line x1={pct(run.from / n + 0.004)} x2={pct(run.to / n - 0.004)} y1={BAND_H + 5} y2={BAND_H + 5} />
          <text x={pct((run.from + run.to) / 2 / n)} y={UNIT_Y} textAnchor="middle">
            {props.unitLabels[run.unit]}
          </text>
        </g>
      ))}
      {props.activities.map((activity, row) => {
        const y = ROWS_Y + row * ROW_H;
        return (
          <g key={activity.id} className="spg-rt__row" data-activity={activity.id}>
            {getActivitySegments(activity).map(({ status: kind, fromDay, toDay }) => {
              const x0 = getDayStart(fromDay, stops);
              const x1 = toDay === null ? 1 : getDayStart(toDay, stops);
              if (x1 - x0 <= 0) return null;
              const fill = kind === 'avoid' || kind === 'differ' ? `url(#${idPrefix}-${kind})` : undefined;
              return (
                <rect
                  key={kind}
                  className={`spg-rt__seg spg-rt__seg--${kind}`}
                  x={pct(x0)}
                  y={y + BAR_Y}
                  width={`${round((x1 - x0) * 98)}%`}
                  height={BAR_H}
                  {...(fill ? { fill } : {})}
                />
              );
            })}
          </g>
        );
      })}
      <g className="spg-rt__marker">
        <line x1={marker} x2={marker} y1={ROWS_Y - 6} y2={height - 2} />
        {/* A nested svg places the arrowhead at a percentage; the path is drawn around its origin. */}
        <svg x={marker} y={ROWS_Y - 10} overflow="visible">
          <path d="M-6 0 L6 0 L0 8 Z" />
        </svg>
      </g>
      {/* Labels go last, with a halo (see CSS), so the marker line passes behind them. */}
      {props.activities.map((activity, row) => (
        <text key={activity.id} x="1%" y={ROWS_Y + row * ROW_H + 14} className="spg-rt__row-label">
          {activity.shortLabel}
        </text>
      ))}
    </svg>
  );
}
