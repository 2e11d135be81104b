/** State of the layer-depth widget: area, depth setting, concern and what to announce. Every rule is in model.ts. */
import { useCallback, useEffect, useMemo, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import {
  describeConcern,
  describeReach,
  fillTemplate,
  formatDepth,
  getConcernForRegion,
  getDepthForKey,
  getLimitStates,
  getReach,
  resolveSelection,
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
  /** Concern id, or null for none; dropped when it does not apply to the area. */
  concernId: string | null;
}

/** Holds the widget's state and hands out handlers for its native controls. */
export function useLayerDepth(data: LayerDepthData, strings: LayerDepthStrings, start: LayerDepthStart) {
  const [selection, setSelection] = useState(() => resolveSelection(data.regions, data.concerns, start));
  const [depthMm, setDepthMm] = useState(() => snapDepth(start.depthMm, data.device));
  const [announcement, setAnnouncement] = useState('');
  // Controls stay disabled in the server-rendered HTML, so they only work once the island is live.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const region = data.regions.find((r) => r.id === selection.regionId) ?? data.regions[0];
  if (!region) throw new Error('layer-depth: no regions in the data');
  const concern = getConcernForRegion(data.concerns.find((c) => c.id === selection.concernId) ?? null, region);
  const general = data.generalStratumCorneum;
  const reach = useMemo(() => getReach(region, depthMm, general), [region, depthMm, general]);
  const limits = useMemo(() => getLimitStates(region, depthMm, data.limits), [region, depthMm, data.limits]);

  /** What a screen reader hears after a change: what the setting reaches, any caution, and a dropped concern. */
  const announce = useCallback(
    (nextRegionId: string, nextDepthMm: number, droppedConcern: string | null = null) => {
      const next = data.regions.find((r) => r.id === nextRegionId);
      if (!next) return;
      const cautions = getLimitStates(next, nextDepthMm, data.limits)
        .filter((l) => l.exceeded)
        .map((l) => fillTemplate(l.limit.above, { max: formatDepth(l.limit.maxMm, strings) }));
      const dropped = droppedConcern ? [fillTemplate(strings.concernDropped, { concern: droppedConcern })] : [];
      setAnnouncement(
        [describeReach(next, nextDepthMm, getReach(next, nextDepthMm, general), strings), ...cautions, ...dropped].join(
          ' ',
        ),
      );
    },
    [data.limits, data.regions, general, strings],
  );

  const changeDepth = useCallback(
    (value: number) => {
      const next = snapDepth(value, data.device);
      setDepthMm(next);
      announce(region.id, next);
    },
    [announce, data.device, region.id],
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
      const next = resolveSelection(data.regions, data.concerns, {
        regionId: event.target.value,
        concernId: selection.concernId,
      });
      setSelection(next);
      const droppedLabel =
        next.dropped === 'not-for-region'
          ? (data.concerns.find((c) => c.id === selection.concernId)?.label ?? null)
          : null;
      announce(next.regionId, depthMm, droppedLabel);
    },
    [announce, data.concerns, data.regions, depthMm, selection.concernId],
  );

  const onConcernChange = useCallback(
    (event: ChangeEvent<HTMLSelectElement>) => {
      const next = resolveSelection(data.regions, data.concerns, {
        regionId: region.id,
        concernId: event.target.value === '' ? null : event.target.value,
      });
      setSelection(next);
      const chosen = data.concerns.find((c) => c.id === next.concernId);
      if (chosen) setAnnouncement(describeConcern(chosen, strings));
    },
    [data.concerns, data.regions, region.id, strings],
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
