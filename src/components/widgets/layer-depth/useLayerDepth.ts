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
import { getLimitStates, getReach } from './model/layers';
import { describeChange, describeConcern, describeValueText } from './model/text';

/** State and control props for a layer-depth widget. */
export function useLayerDepth(props: LayerDepthWidgetProps) {
  const { data, strings } = props;
  const id = useWidgetId('spg-ld');
  const hydrated = useHydrated();
  const [regionId, setRegionId] = useState(props.initialRegionId);
  const [depthMm, setDepthMm] = useState(() => snapDepth(props.initialDepthMm, data.device));
  const [concernId, setConcernId] = useState(props.initialConcernId);
  const [liveText, setLiveText] = useState('');

  const findRegion = (regionIdToFind: string) => data.regions.find((r) => r.id === regionIdToFind);
  const region = findRegion(regionId) ?? data.regions[0];
  if (!region) throw new Error('layer-depth: no regions in the data');
  const concern = data.concerns.find((c) => c.id === concernId) ?? null;
  const general = data.generalStratumCorneum;
  const reach = getReach(region, depthMm, general);
  const limits = getLimitStates(region.area, depthMm, data.limits);

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
      const next = findRegion(event.target.value);
      if (!next) return;
      setRegionId(next.id);
      setLiveText(describeChange(next, depthMm, data.limits, general, strings));
    },
  };

  const concernSelectProps: SelectHTMLAttributes<HTMLSelectElement> = {
    id: `${id}-concern`,
    value: concern?.id ?? '',
    disabled: !hydrated,
    onChange: (event) => {
      const next = data.concerns.find((c) => c.id === event.target.value) ?? null;
      setConcernId(next ? next.id : null);
      if (next) setLiveText(describeConcern(next, strings));
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
