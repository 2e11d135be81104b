/** State of the layer-depth widget: area, depth setting, concern and what to announce. Every rule is in model.ts. */
import { useCallback, useEffect, useMemo, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import {
  describeConcern,
  describeReach,
  fillTemplate,
  formatDepth,
  getDepthForKey,
  getLimitStates,
  getReach,
  snapDepth,
} from './model';
import type { LayerDepthStrings } from './strings';
import type { LayerDepthData } from './types';

/** Where the widget starts. */
export interface LayerDepthStart {
  /** Area id; must exist in the data. */
  regionId: string;
  /** Depth setting, mm (snapped on start). */
  depthMm: number;
  /** Concern id, or null for none. */
  concernId: string | null;
}

/** Holds the widget's state and hands out handlers for its native controls. */
export function useLayerDepth(data: LayerDepthData, strings: LayerDepthStrings, start: LayerDepthStart) {
  const [regionId, setRegionId] = useState(start.regionId);
  const [depthMm, setDepthMm] = useState(() => snapDepth(start.depthMm, data.device));
  const [concernId, setConcernId] = useState(start.concernId);
  const [announcement, setAnnouncement] = useState('');
  // Controls stay disabled in the server-rendered HTML, so they only work once the island is live.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const region = data.regions.find((r) => r.id === regionId) ?? data.regions[0];
  if (!region) throw new Error('layer-depth: no regions in the data');
  const concern = data.concerns.find((c) => c.id === concernId) ?? null;
  const general = data.generalStratumCorneum;
  const reach = useMemo(() => getReach(region, depthMm, general), [region, depthMm, general]);
  const limits = useMemo(() => getLimitStates(region.area, depthMm, data.limits), [region.area, depthMm, data.limits]);

  const announce = useCallback(
    (nextRegionId: string, nextDepthMm: number) => {
      const next = data.regions.find((r) => r.id === nextRegionId);
      if (!next) return;
      const cautions = getLimitStates(next.area, nextDepthMm, data.limits)
        .filter((l) => l.exceeded)
        .map((l) => fillTemplate(l.limit.above, { max: formatDepth(l.limit.maxMm, strings) }));
      setAnnouncement(
        [describeReach(next, nextDepthMm, getReach(next, nextDepthMm, general), strings), ...cautions].join(' '),
      );
    },
    [data.limits, data.regions, general, strings],
  );

  const changeDepth = useCallback(
    (value: number) => {
      const next = snapDepth(value, data.device);
      setDepthMm(next);
      announce(regionId, next);
    },
    [announce, data.device, regionId],
  );

  const onDepthInput = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => changeDepth(Number(event.target.value)),
    [changeDepth],
  );

  const onDepthKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      const next = getDepthForKey(event.key, depthMm, data.device);
      if (next === null) return;
      event.preventDefault();
      changeDepth(next);
    },
    [changeDepth, data.device, depthMm],
  );

  const onRegionChange = useCallback(
    (event: ChangeEvent<HTMLSelectElement>) => {
      setRegionId(event.target.value);
      announce(event.target.value, depthMm);
    },
    [announce, depthMm],
  );

  const onConcernChange = useCallback(
    (event: ChangeEvent<HTMLSelectElement>) => {
      const next = data.concerns.find((c) => c.id === event.target.value) ?? null;
      setConcernId(next ? next.id : null);
      if (next) setAnnouncement(describeConcern(next, strings));
    },
    [data.concerns, strings],
  );

  return {
    region,
    depthMm,
    concern,
    reach,
    limits,
    announcement,
    ready,
    onDepthInput,
    onDepthKeyDown,
    onRegionChange,
    onConcernChange,
  };
}
