/** State of the timeline part: the selected stop, the keyboard map and the live text. */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  announceStop,
  describeStop,
  formatStopTime,
  getStopIndexForDay,
  getStops,
  reduceTimeline,
  type TimelineAction,
} from './stages';
import type { RecoveryTimelineStrings } from './strings';
import type { StageView } from './types';

/** Which action each key of the day control performs (PageUp moves later, as on any slider). */
const KEY_ACTIONS: Readonly<Record<string, TimelineAction>> = {
  ArrowRight: { type: 'next' },
  ArrowUp: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowDown: { type: 'previous' },
  PageUp: { type: 'nextStage' },
  PageDown: { type: 'previousStage' },
  Home: { type: 'first' },
  End: { type: 'last' },
};

/** Everything the timeline part needs from state. */
export function useRecoveryTimeline(options: {
  stages: StageView[];
  initialDay: number;
  strings: RecoveryTimelineStrings;
  /** Puts text in the widget's polite live region. */
  announce: (text: string) => void;
}) {
  const { stages, strings } = options;
  const stops = useMemo(() => getStops(stages), [stages]);
  const [stopIndex, setStopIndex] = useState(() => getStopIndexForDay(stages, stops, options.initialDay));
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => setHydrated(true), []);

  const describe = (index: number) => {
    const stop = stops[index] ?? stops[0] ?? { day: 0, stageIndex: 0 };
    const stage = stages[stop.stageIndex] ?? stages[0];
    if (!stage) throw new Error('The recovery timeline needs at least one stage.');
    const time = formatStopTime(stop.day, stage.unit, strings);
    return { stop, stage, time, valueText: describeStop(time, stage.summary, strings.valueText) };
  };

  const current = describe(stopIndex);

  /** Applies an action and, when the stop changes, tells screen readers where the reader is now. */
  const act = (action: TimelineAction) => {
    const next = reduceTimeline({ stopIndex }, action, stages, stops).stopIndex;
    if (next === stopIndex) return;
    setStopIndex(next);
    const d = describe(next);
    options.announce(
      announceStop(
        {
          time: d.time,
          summary: d.stage.summary,
          stage: d.stage.label,
          stageIndex: d.stop.stageIndex,
          stageCount: stages.length,
        },
        strings.announce,
      ),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = KEY_ACTIONS[event.key];
    if (!action) return;
    event.preventDefault();
    act(action);
  };

  return {
    stops,
    stopIndex,
    day: current.stop.day,
    stage: current.stage,
    time: current.time,
    valueText: current.valueText,
    hydrated,
    act,
    onKeyDown,
  };
}
