/**
 * The recovery timeline island: a day control, the diagram, the selected stage, activities,
 * the optional series planner, the always-visible red flags and one polite live region.
 * Receives only serialisable data and strings; validation happened in the .astro entry.
 */
import { useId, useState, type ReactNode } from 'react';
import { ActivityList, DiagramLegend } from './ActivityList';
import { getStops } from './stages';
import { StageList, StagePanel } from './StagePanel';
import type { Lang, RecoveryTimelineStrings } from './strings';
import { Heading } from './SourcedText';
import { fillTemplate } from './text';
import { TimelineDiagram } from './TimelineDiagram';
import type { ActivityView, ClinicContact, SeriesView, StageView, UrgencyTierView, WarningSignView } from './types';
import { UrgencyTiers } from './UrgencyTiers';
import { PlannerPanel } from './PlannerPanel';
import { usePlanner } from './usePlanner';
import { useRecoveryTimeline } from './useRecoveryTimeline';

/** Props of the island (all serialisable). */
export interface RecoveryTimelineWidgetProps {
  stages: StageView[];
  activities: ActivityView[];
  series: SeriesView[];
  warningSigns: WarningSignView[];
  /** Urgency tiers, least urgent first; every warning sign names one. */
  tiers: UrgencyTierView[];
  strings: RecoveryTimelineStrings;
  lang: Lang;
  /** Day the timeline opens on; snapped to the nearest stop. */
  initialDay: number;
  showPlanner: boolean;
  timeline: 'open' | 'collapsed';
  /** Series the planner starts with. */
  initialSeriesId: string;
  /** Level of the widget's top headings (2–4). */
  headingLevel: number;
  /** URL of the references page; `#ref-N` is appended. */
  referencesHref: string;
  /** The reader's clinic, shown in the first urgency tier. */
  clinic?: ClinicContact;
  /** Days since the reader's own session (negative when it is ahead), shown as "today is day N". */
  sessionDay?: number;
  /** A date the planner starts from (YYYY-MM-DD), e.g. the reader's own session. */
  initialStartDate?: string;
}

/** The island. */
export function RecoveryTimelineWidget(props: RecoveryTimelineWidgetProps) {
  const { strings: s, headingLevel: level, referencesHref } = props;
  const idBase = `spg-rt-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [live, setLive] = useState('');
  const t = useRecoveryTimeline({ stages: props.stages, initialDay: props.initialDay, strings: s, announce: setLive });
  const planner = usePlanner({
    series: props.series,
    activities: props.activities,
    strings: s,
    lang: props.lang,
    initialSeriesId: props.initialSeriesId,
    initialStartDate: props.initialStartDate,
    announce: setLive,
  });
  const ids = {
    control: `${idBase}-day`,
    hint: `${idBase}-day-hint`,
    stage: `${idBase}-stage`,
    activities: `${idBase}-act`,
  };
  const allStops = getStops(props.stages);
  const lastStop = Math.max(0, allStops.length - 1);
  const lastStopDay = allStops[lastStop]?.day ?? 0;

  const { sessionDay } = props;
  const timelineBody = (
    <>
      {sessionDay !== undefined && (
        <p className="spg-rt__today" data-session-day={sessionDay}>
          <strong>
            {sessionDay < 0
              ? fillTemplate(s.sessionAhead, { n: -sessionDay })
              : sessionDay > lastStopDay
                ? fillTemplate(s.sessionLongAgo, { n: sessionDay })
                : fillTemplate(s.todayIs, { n: sessionDay })}
          </strong>
        </p>
      )}
      <p>{s.intro}</p>
      <div className="spg-rt__controls spg-rt__js">
        <label htmlFor={ids.control}>{s.dayControlLabel}</label>
        <output htmlFor={ids.control} className="spg-rt__time">
          {t.time}
        </output>
        <input
          id={ids.control}
          type="range"
          min={0}
          max={lastStop}
          step={1}
          value={t.stopIndex}
          aria-valuetext={t.valueText}
          aria-describedby={ids.hint}
          onKeyDown={t.onKeyDown}
          onChange={(event) => t.act({ type: 'selectStop', stopIndex: Number(event.currentTarget.value) })}
        />
        <div className="spg-rt__steps">
          <button
            type="button"
            className="button"
            onClick={() => t.act({ type: 'previous' })}
            disabled={t.stopIndex === 0}
          >
            <span aria-hidden="true">←</span> {s.earlier}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => t.act({ type: 'next' })}
            disabled={t.stopIndex === lastStop}
          >
            {s.later} <span aria-hidden="true">→</span>
          </button>
        </div>
        <p id={ids.hint} className="spg-rt__hint">
          {s.dayControlHint}
        </p>
      </div>
      <div className="spg-rt__diagram-box">
        <TimelineDiagram
          stages={props.stages}
          stops={t.stops}
          stopIndex={t.stopIndex}
          activities={props.activities}
          unitLabels={{ day: s.axisDays, week: s.axisWeeks, month: s.axisMonths }}
          title={s.diagramTitle}
          desc={fillTemplate(s.diagramDesc, { time: t.time })}
          idPrefix={`${idBase}-dg`}
        />
      </div>
      <DiagramLegend strings={s} />
      <div className="spg-rt__js">
        <StagePanel
          stage={t.stage}
          time={t.time}
          strings={s}
          referencesHref={referencesHref}
          level={level + 1}
          id={ids.stage}
        />
      </div>
      {!t.hydrated && (
        <div className="spg-rt__nojs">
          <StageList stages={props.stages} strings={s} referencesHref={referencesHref} level={level + 1} />
        </div>
      )}
      <ActivityList
        activities={props.activities}
        day={t.day}
        time={t.time}
        strings={s}
        referencesHref={referencesHref}
        level={level + 1}
        id={ids.activities}
      />
    </>
  );

  let timeline: ReactNode;
  if (props.timeline === 'collapsed') {
    timeline = (
      <details className="spg-rt__timeline">
        <summary>{s.timelineSummary}</summary>
        {timelineBody}
      </details>
    );
  } else {
    timeline = (
      <div className="spg-rt__timeline">
        <Heading level={level}>{s.title}</Heading>
        {timelineBody}
      </div>
    );
  }

  const plannerPanel = props.showPlanner ? (
    <PlannerPanel
      planner={planner}
      allSeries={props.series}
      activities={props.activities}
      strings={s}
      referencesHref={referencesHref}
      level={level}
      idBase={idBase}
    />
  ) : null;

  return (
    <div className="spg-rt__island" data-state={t.hydrated ? 'ready' : 'static'}>
      {props.timeline === 'collapsed' ? (
        <>
          {plannerPanel}
          {timeline}
        </>
      ) : (
        <>
          {timeline}
          {plannerPanel}
        </>
      )}
      <UrgencyTiers
        tiers={props.tiers}
        signs={props.warningSigns}
        strings={s}
        referencesHref={referencesHref}
        level={level}
        id={`${idBase}-flags`}
        clinic={props.clinic}
      />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-live>
        {live}
      </p>
    </div>
  );
}

export default RecoveryTimelineWidget;
