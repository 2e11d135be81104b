/**
 * The timeline part of the island: the selected stop, the live region, and prop bundles for the
 * day control and its step buttons (as React Aria's hooks hand them out). Rules are in model/.
 */
import { useMemo, useState, type ButtonHTMLAttributes, type InputHTMLAttributes } from 'react';
import { getSliderKeyAction } from '../shared/slider-keys';
import { useHydrated } from '../shared/useHydrated';
import { useWidgetId } from '../shared/useWidgetId';
import {
  announceStop,
  describeStop,
  formatStopTime,
  getStopIndexForDay,
  getStops,
  getTimelineActionForKey,
  reduceTimeline,
  type TimelineAction,
} from './model/stages';
import type { RecoveryTimelineStrings } from './strings';
import type { StageView } from './types';

/** State and control props for the timeline. */
export function useRecoveryTimeline(options: {
  stages: StageView[];
  initialDay: number;
  strings: RecoveryTimelineStrings;
}) {
  const { stages, strings } = options;
  const id = useWidgetId('spg-rt');
  const hydrated = useHydrated();
  const stops = useMemo(() => getStops(stages), [stages]);
  const [stopIndex, setStopIndex] = useState(() => getStopIndexForDay(stages, stops, options.initialDay));
  const [liveText, announce] = useState('');
  const lastStop = Math.max(0, stops.length - 1);

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
    announce(
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

  const dayInputProps: InputHTMLAttributes<HTMLInputElement> = {
    id: `${id}-day`,
    type: 'range',
    min: 0,
    max: lastStop,
    step: 1,
    value: stopIndex,
    'aria-valuetext': current.valueText,
    'aria-describedby': `${id}-day-hint`,
    disabled: !hydrated,
    onChange: (event) => act({ type: 'selectStop', stopIndex: Number(event.currentTarget.value) }),
    onKeyDown: (event) => {
      const action = getSliderKeyAction(event.key);
      if (action === null) return;
      event.preventDefault();
      act(getTimelineActionForKey(action));
    },
  };
  const earlierButtonProps: ButtonHTMLAttributes<HTMLButtonElement> = {
    type: 'button',
    onClick: () => act({ type: 'previous' }),
    disabled: !hydrated || stopIndex === 0,
  };
  const laterButtonProps: ButtonHTMLAttributes<HTMLButtonElement> = {
    type: 'button',
    onClick: () => act({ type: 'next' }),
    disabled: !hydrated || stopIndex === lastStop,
  };

  return {
    id,
    hydrated,
    stops,
    stopIndex,
    day: current.stop.day,
    stage: current.stage,
    time: current.time,
    liveText,
    announce,
    dayInputProps,
    earlierButtonProps,
    laterButtonProps,
  };
}
