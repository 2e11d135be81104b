/**
 * The recovery timeline island (browser): a day control, the diagram, the selected stage,
 * activities, the optional series planner, the always-visible urgency tiers and one polite live
 * region. Receives only serialisable data and strings, built and checked by props.ts.
 */
import type { ReactNode } from 'react';
import { Heading } from '../shared/Heading';
import type { Lang } from '../shared/i18n';
import { fillTemplate } from '../shared/text';
import { ActivityList } from './ActivityList';
import { DiagramLegend } from './DiagramLegend';
import { PlannerPanel } from './planner/PlannerPanel';
import { usePlanner } from './planner/usePlanner';
import { StageList, StagePanel } from './StagePanel';
import type { RecoveryTimelineStrings } from './strings';
import { TimelineDiagram } from './TimelineDiagram';
import type { ActivityView, ClinicContact, SeriesView, StageView, UrgencyTierView, WarningSignView } from './types';
import { UrgencyTiers } from './UrgencyTiers';
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
  /** Inside a sandbox that cannot download or print (WordPress's): the full planner's address, offered instead. */
  fullPlannerHref?: string;
}

/** Layout only: the hooks hold the state and hand out each control's props. */
export function RecoveryTimelineWidget(props: RecoveryTimelineWidgetProps) {
  const { strings: s, headingLevel: level, referencesHref } = props;
  const t = useRecoveryTimeline({ stages: props.stages, initialDay: props.initialDay, strings: s });
  const planner = usePlanner({
    series: props.series,
    activities: props.activities,
    strings: s,
    lang: props.lang,
    initialSeriesId: props.initialSeriesId,
    initialStartDate: props.initialStartDate,
    announce: t.announce,
  });
  const lastStopDay = t.stops.at(-1)?.day ?? 0;
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
      <div className="spg-rt__controls spg-js">
        <label htmlFor={t.dayInputProps.id}>{s.dayControlLabel}</label>
        <output htmlFor={t.dayInputProps.id} className="spg-rt__time">
          {t.time}
        </output>
        <input {...t.dayInputProps} />
        <div className="spg-rt__steps">
          <button className="button" {...t.earlierButtonProps}>
            <span aria-hidden="true">←</span> {s.earlier}
          </button>
          <button className="button" {...t.laterButtonProps}>
            {s.later} <span aria-hidden="true">→</span>
          </button>
        </div>
        <p id={t.dayInputProps['aria-describedby']} className="spg-rt__hint">
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
          idPrefix={`${t.id}-dg`}
        />
      </div>
      <DiagramLegend strings={s} />
      <div className="spg-js">
        <StagePanel
          stage={t.stage}
          time={t.time}
          strings={s}
          referencesHref={referencesHref}
          level={level + 1}
          id={`${t.id}-stage`}
        />
      </div>
      {!t.hydrated && (
        <div className="spg-nojs">
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
        id={`${t.id}-act`}
      />
    </>
  );

  const timeline: ReactNode =
    props.timeline === 'collapsed' ? (
      <details className="spg-rt__timeline">
        <summary>{s.timelineSummary}</summary>
        {timelineBody}
      </details>
    ) : (
      <div className="spg-rt__timeline">
        <Heading level={level}>{s.title}</Heading>
        {timelineBody}
      </div>
    );

  const plannerPanel = props.showPlanner ? (
    <PlannerPanel
      planner={planner}
      allSeries={props.series}
      activities={props.activities}
      strings={s}
      referencesHref={referencesHref}
      level={level}
      idBase={t.id}
      fullPlannerHref={props.fullPlannerHref}
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
        id={`${t.id}-flags`}
        clinic={props.clinic}
      />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-live>
        {t.liveText}
      </p>
    </div>
  );
}

export default RecoveryTimelineWidget;
