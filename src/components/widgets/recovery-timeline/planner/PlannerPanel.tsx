/** The series planner (browser): series choice, start date, and the dated plan with download and print. */
import { Heading } from '../../shared/Heading';
import { fillTemplate } from '../../shared/text';
import { describeMonthsAfter } from '../model/calendar';
import { formatIsoDate, formatShortDate } from '../model/dates';
import type { Plan } from '../model/schedule';
import { SourcedText } from '../SourcedText';
import type { RecoveryTimelineStrings } from '../strings';
import type { ActivityView, SeriesView } from '../types';
import type { usePlanner } from './usePlanner';

type PlannerState = ReturnType<typeof usePlanner>;

interface Props {
  planner: PlannerState;
  allSeries: SeriesView[];
  activities: ActivityView[];
  strings: RecoveryTimelineStrings;
  referencesHref: string;
  level: number;
  idBase: string;
  /** Set inside a sandbox that cannot download or print: the plan offers this page instead. */
  fullPlannerHref?: string | undefined;
}

/** The dated plan. */
function PlanView(props: Props & { plan: Plan }) {
  const { plan, planner, strings: s, level } = props;
  const series = planner.series;
  const shortLabels = new Map(
    props.activities.map((a) => [a.id, a.estimate ? `${a.shortLabel} (${s.estimate})` : a.shortLabel]),
  );
  const total = plan.sessions.length;
  return (
    <div className="spg-rt__plan" data-plan={plan.seriesId}>
      <Heading level={level + 1}>{`${s.planHeading}: ${series.label}`}</Heading>
      <ol className="spg-rt__sessions">
        {plan.sessions.map((session) => (
          <li key={session.number} data-session={session.number}>
            <strong>
              {fillTemplate(s.sessionTitle, { n: session.number, total })}: {planner.formatDate(session.date)}
            </strong>
            <span className="spg-rt__window">
              {session.number === 1
                ? s.sessionStart
                : formatIsoDate(session.windowStart) === formatIsoDate(session.windowEnd)
                  ? null
                  : fillTemplate(s.sessionWindow, {
                      from: planner.formatDate(session.windowStart),
                      to: planner.formatDate(session.windowEnd),
                    })}
            </span>
            <span className="spg-rt__milestones">
              {s.milestonesIntro}{' '}
              {session.milestones
                .map((m) =>
                  fillTemplate(s.milestoneItem, {
                    n: m.day,
                    date: formatShortDate(m.date, planner.locale),
                    items: m.activityIds.map((id) => shortLabels.get(id) ?? id).join(', '),
                  }),
                )
                .join('; ')}
              .
            </span>
          </li>
        ))}
      </ol>
      <Heading level={level + 1}>{s.resultsHeading}</Heading>
      <ul className="spg-rt__followups">
        {plan.followUps.map((f) => {
          const label = series.followUps.find((x) => x.monthsAfterLast === f.monthsAfterLast)?.label ?? '';
          return (
            <li key={f.monthsAfterLast}>
              {fillTemplate(s.followUpLine, {
                label,
                date: planner.formatDate(f.date),
                when: describeMonthsAfter(f.monthsAfterLast, s),
                estimate: s.estimate,
              })}
            </li>
          );
        })}
        <li>
          <SourcedText item={series.results} strings={s} referencesHref={props.referencesHref} />
        </li>
        {plan.maintenance && series.maintenance && (
          <li>
            {fillTemplate(s.maintenanceLine, {
              from: planner.formatDate(plan.maintenance.from),
              to: planner.formatDate(plan.maintenance.to),
            })}
            . <SourcedText item={series.maintenance.note} strings={s} referencesHref={props.referencesHref} />
          </li>
        )}
      </ul>
      <div className="spg-rt__actions">
        {props.fullPlannerHref ? (
          <a className="button" href={props.fullPlannerHref}>
            {s.openFullPlanner}
          </a>
        ) : (
          <>
            <button
              type="button"
              className="button"
              onClick={() => void planner.downloadCalendar()}
              disabled={planner.download.status === 'busy'}
            >
              {s.downloadIcs}
            </button>
            <button type="button" className="button" onClick={planner.print}>
              {s.print}
            </button>
          </>
        )}
      </div>
      <p className="spg-rt__download-status" data-status={planner.download.status}>
        {planner.download.status === 'busy' && s.downloadBusy}
        {planner.download.status === 'done' && fillTemplate(s.downloadDone, { file: planner.download.file })}
        {planner.download.status === 'error' && s.downloadError}
      </p>
      <p className="spg-rt__print-only">{s.printNote}</p>
    </div>
  );
}

/** The planner section. */
export function PlannerPanel(props: Props) {
  const { planner, strings: s, idBase, level } = props;
  const ids = {
    title: `${idBase}-planner`,
    series: `${idBase}-series`,
    date: `${idBase}-date`,
    hint: `${idBase}-hint`,
    error: `${idBase}-error`,
  };
  const describedBy = planner.error ? `${ids.hint} ${ids.error}` : ids.hint;
  return (
    <section className="spg-rt__planner" aria-labelledby={ids.title} ref={planner.widgetRef}>
      <p className="spg-rt__print-only spg-rt__print-title">{s.printTitle}</p>
      <Heading level={level} id={ids.title} className="spg-rt__planner-title">
        {s.plannerTitle}
      </Heading>
      <p>{s.plannerIntro}</p>
      <form
        className="spg-rt__form spg-js"
        onSubmit={(event) => {
          event.preventDefault();
          planner.onSubmit();
        }}
      >
        <div className="spg-rt__field">
          <label htmlFor={ids.series}>{s.seriesLabel}</label>
          <select
            id={ids.series}
            value={planner.seriesId}
            onChange={planner.onSeriesChange}
            disabled={!planner.hydrated}
          >
            {props.allSeries.map((series) => (
              <option key={series.id} value={series.id}>
                {series.label}
              </option>
            ))}
          </select>
          <p className="spg-rt__hint">
            <SourcedText item={planner.series.interval} strings={s} referencesHref={props.referencesHref} />
          </p>
        </div>
        <div className="spg-rt__field">
          <label htmlFor={ids.date}>{s.startLabel}</label>
          <input
            id={ids.date}
            type="date"
            value={planner.raw}
            onChange={planner.onDateChange}
            onBlur={planner.onBlur}
            aria-describedby={describedBy}
            aria-invalid={planner.error ? true : undefined}
            disabled={!planner.hydrated}
            {...(planner.limits ? { min: planner.limits.min, max: planner.limits.max } : {})}
          />
          <p id={ids.hint} className="spg-rt__hint">
            {s.startHint}
          </p>
          <p id={ids.error} className="spg-rt__error" data-reason={planner.errorReason ?? undefined}>
            {planner.error}
          </p>
        </div>
        <button type="submit" className="button" disabled={!planner.hydrated}>
          {s.showPlan}
        </button>
      </form>
      <div className="spg-rt__nojs-planner spg-nojs">
        <p>{s.plannerNoScript}</p>
        <ul>
          {props.allSeries.map((series) => (
            <li key={series.id}>
              <strong>{series.label}.</strong>{' '}
              <SourcedText item={series.interval} strings={s} referencesHref={props.referencesHref} />
            </li>
          ))}
        </ul>
      </div>
      {planner.plan && <PlanView {...props} plan={planner.plan} />}
    </section>
  );
}
