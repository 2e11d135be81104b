/** State of the series planner (browser): chosen series, the date field, the plan, the download and printing. */
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FocusEvent } from 'react';
import type { Lang } from '../../shared/i18n';
import { fillTemplate } from '../../shared/text';
import { useHydrated } from '../../shared/useHydrated';
import { buildCalendarEvents, buildCalendarHeader, getCalendarFileName, type CalendarTexts } from '../model/calendar';
import {
  formatCalendarDate,
  formatIsoDate,
  getLocalCalendarDate,
  pickDateLocale,
  type CalendarDate,
} from '../model/dates';
import { getMilestoneDays, getStartDateLimits, planFromInput, type StartDateError } from '../model/schedule';
import type { RecoveryTimelineStrings } from '../strings';
import type { ActivityView, SeriesView } from '../types';
import { createCalendarFile, printWidget, saveTextFile } from './download';

/** Where the calendar download stands. */
export type DownloadStatus = 'idle' | 'busy' | 'done' | 'error';

const ERROR_KEYS: Record<StartDateError, keyof RecoveryTimelineStrings> = {
  empty: 'errorEmpty',
  format: 'errorFormat',
  impossible: 'errorImpossible',
  'too-early': 'errorTooEarly',
  'too-late': 'errorTooLate',
};

/** Everything the planner part needs from state. */
export function usePlanner(options: {
  series: SeriesView[];
  activities: ActivityView[];
  strings: RecoveryTimelineStrings;
  lang: Lang;
  initialSeriesId: string;
  /** A start date to plan from at once (YYYY-MM-DD), or undefined for an empty field. */
  initialStartDate?: string | undefined;
  /** Puts text in the widget's polite live region. */
  announce: (text: string) => void;
}) {
  const { strings, activities } = options;
  const [seriesId, setSeriesId] = useState(options.initialSeriesId);
  const [raw, setRaw] = useState(options.initialStartDate ?? '');
  const [badInput, setBadInput] = useState(false);
  const [showError, setShowError] = useState(false);
  const [today, setToday] = useState<CalendarDate | null>(null);
  const [locale, setLocale] = useState<string>(options.lang);
  const [download, setDownload] = useState<{ status: DownloadStatus; file: string }>({ status: 'idle', file: '' });
  const widgetRef = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();

  // "Today" and the reader's locale are known only in the browser; reading them after hydration keeps server and client markup equal.
  useEffect(() => {
    setToday(getLocalCalendarDate(new Date()));
    setLocale(pickDateLocale(options.lang, typeof navigator === 'undefined' ? [] : navigator.languages));
  }, [options.lang]);

  const series = options.series.find((s) => s.id === seriesId) ?? options.series[0];
  if (!series) throw new Error('The series planner needs at least one treatment series.');
  const milestoneDays = useMemo(() => getMilestoneDays(activities), [activities]);
  const result = today ? planFromInput(raw, today, series, milestoneDays, badInput) : null;
  const plan = result?.ok ? result.plan : null;
  const errorReason = result && !result.ok && (showError || raw !== '') ? result.reason : null;
  const error = errorReason ? strings[ERROR_KEYS[errorReason]] : '';
  const formatDate = (date: CalendarDate) => formatCalendarDate(date, locale);
  const limits = today ? getStartDateLimits(today) : null;

  const announcePlan = (next: typeof result) => {
    if (!next?.ok) return;
    const sessions = next.plan.sessions;
    const first = sessions[0];
    const last = sessions[sessions.length - 1];
    if (!first || !last) return;
    options.announce(
      fillTemplate(strings.planAnnounce, {
        count: sessions.length,
        first: formatDate(first.date),
        last: formatDate(last.date),
      }),
    );
  };

  const onDateChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    const bad = event.currentTarget.validity?.badInput ?? false;
    setRaw(value);
    setBadInput(bad);
    setDownload({ status: 'idle', file: '' });
    if (today) announcePlan(planFromInput(value, today, series, milestoneDays, bad));
  };

  const onSeriesChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = options.series.find((s) => s.id === event.currentTarget.value);
    if (!next) return;
    setSeriesId(next.id);
    setDownload({ status: 'idle', file: '' });
    if (today) announcePlan(planFromInput(raw, today, next, milestoneDays, badInput));
  };

  const onSubmit = () => {
    setShowError(true);
    if (result && !result.ok) options.announce(strings[ERROR_KEYS[result.reason]]);
    else announcePlan(result);
  };

  const calendarTexts: CalendarTexts = {
    strings,
    seriesLabel: series.label,
    reminders: Object.fromEntries(activities.flatMap((a) => (a.reminder ? [[a.id, a.reminder]] : []))),
    followUpLabels: Object.fromEntries(series.followUps.map((f) => [f.monthsAfterLast, f.label])),
    results: series.results.text,
    formatDate,
  };

  const downloadCalendar = async () => {
    if (!plan) return;
    setDownload({ status: 'busy', file: '' });
    try {
      const text = await createCalendarFile(
        buildCalendarEvents(plan, calendarTexts),
        buildCalendarHeader(calendarTexts),
      );
      const file = getCalendarFileName(plan, strings.calFileName);
      saveTextFile(file, text, 'text/calendar');
      setDownload({ status: 'done', file });
    } catch {
      setDownload({ status: 'error', file: '' });
    }
  };

  const print = () => printWidget(widgetRef.current?.closest('[data-widget="recovery-timeline"]') ?? null);

  return {
    hydrated,
    series,
    seriesId: series.id,
    raw,
    plan,
    error,
    errorReason,
    limits: limits ? { min: formatIsoDate(limits.min), max: formatIsoDate(limits.max) } : null,
    locale,
    download,
    widgetRef,
    formatDate,
    onDateChange,
    onSeriesChange,
    onSubmit,
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      // A half-typed or impossible date leaves the value empty without a change event, so read the field's validity here.
      setBadInput(event.currentTarget.validity?.badInput ?? false);
      setShowError(true);
    },
    downloadCalendar,
    print,
  };
}
