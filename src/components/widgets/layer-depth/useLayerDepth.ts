/**
 * The layer-depth island's state and behaviour: area, depth setting, concern and what to announce.
 * Hands out prop bundles for its native controls (as React Aria's hooks do); every rule is in model/.
 */
import { useState, type ChangeEvent, type InputHTMLAttributes, type SelectHTMLAttributes } from 'react';
import { getSliderKeyAction } from '../shared/slider-keys';
import { useHydrated } from '../shared/useHydrated';
import { useWidgetId } from '../shared/useWidgetId';
import type { LayerDepthWidgetProps } from './LayerDepthWidget';
import { getDepthForAction, snapDepth } from './model/depth';
import { getConcernForRegion, getLimitStates, getReach, resolveSelection } from './model/layers';
import { describeChange, describeConcern, describeValueText } from './model/text';

/** State and control props for a layer-depth widget. */
export function useLayerDepth(props: LayerDepthWidgetProps) {
  const { data, strings } = props;
  const id = useWidgetId('spg-ld');
  const hydrated = useHydrated();
  const [selection, setSelection] = useState(() =>
    resolveSelection(data.regions, data.concerns, {
      regionId: props.initialRegionId,
      concernId: props.initialConcernId,
    }),
  );
  const [depthMm, setDepthMm] = useState(() => snapDepth(props.initialDepthMm, data.device));
  const [liveText, setLiveText] = useState('');

  const findRegion = (regionId: string) => data.regions.find((r) => r.id === regionId);
  const region = findRegion(selection.regionId) ?? data.regions[0];
  if (!region) throw new Error('layer-depth: no regions in the data');
  const findConcern = (concernId: string | null) => data.concerns.find((c) => c.id === concernId) ?? null;
  const concern = getConcernForRegion(findConcern(selection.concernId), region);
  const general = data.generalStratumCorneum;
  const reach = getReach(region, depthMm, general);
  const limits = getLimitStates(region, depthMm, data.limits);

  const changeDepth = (value: number) => {
    const next = snapDepth(value, data.device);
    setDepthMm(next);
    setLiveText(describeChange(region, next, data.limits, general, strings));
  };

  const depthInputProps: InputHTMLAttributes<HTMLInputElement> = {
    id: `${id}-depth`,
    type: 'range',
    min: data.device.minMm,
    max: data.device.maxMm,
    step: data.device.stepMm,
    value: depthMm,
    'aria-valuetext': describeValueText(depthMm, reach, strings),
    disabled: !hydrated,
    onChange: (event: ChangeEvent<HTMLInputElement>) => changeDepth(Number(event.target.value)),
    onKeyDown: (event) => {
      const action = getSliderKeyAction(event.key);
      if (action === null) return;
      event.preventDefault();
      changeDepth(getDepthForAction(action, depthMm, data.device));
    },
  };

  const regionSelectProps: SelectHTMLAttributes<HTMLSelectElement> = {
    id: `${id}-region`,
    value: region.id,
    disabled: !hydrated,
    onChange: (event) => {
      const next = resolveSelection(data.regions, data.concerns, {
        regionId: event.target.value,
        concernId: selection.concernId,
      });
      const nextRegion = findRegion(next.regionId);
      if (!nextRegion) return;
      setSelection(next);
      // A concern that does not apply to the new area is dropped, and the reader is told.
      const dropped = next.dropped === 'not-for-region' ? (findConcern(selection.concernId)?.label ?? null) : null;
      setLiveText(describeChange(nextRegion, depthMm, data.limits, general, strings, dropped));
    },
  };

  const concernSelectProps: SelectHTMLAttributes<HTMLSelectElement> = {
    id: `${id}-concern`,
    value: concern?.id ?? '',
    disabled: !hydrated,
    onChange: (event) => {
      const next = resolveSelection(data.regions, data.concerns, {
        regionId: region.id,
        concernId: event.target.value === '' ? null : event.target.value,
      });
      setSelection(next);
      const chosen = findConcern(next.concernId);
      if (chosen) setLiveText(describeConcern(chosen, strings));
    },
  };

  return {
    id,
    hydrated,
    region,
    depthMm,
    concern,
    reach,
    limits,
    liveText,
    depthInputProps,
    regionSelectProps,
    concernSelectProps,
  };
}
