/** The layer-depth island: native controls, the diagram, a polite live region and the sourced figures. */
import { useId } from 'react';
import { LayerDepthDiagram } from './LayerDepthDiagram';
import { LayerDepthFacts } from './LayerDepthFacts';
import { LayerDepthNotes } from './LayerDepthNotes';
import { describeReach, describeValueText, fillTemplate, formatDepth, getCaveats, isConcernForRegion } from './model';
import { SourceLinks } from './SourceLinks';
import type { LayerDepthStrings } from './strings';
import type { Area, LayerDepthData } from './types';
import { useLayerDepth } from './useLayerDepth';

/** Serialisable props, built and validated by LayerDepth.astro. */
export interface LayerDepthWidgetProps {
  /** All data in the reader's language. */
  data: LayerDepthData;
  /** Strings in the reader's language. */
  strings: LayerDepthStrings;
  /** Area shown first (an id in `data.regions`). */
  initialRegionId: string;
  /** Depth setting shown first, mm. */
  initialDepthMm: number;
  /** Concern shown first, or null. */
  initialConcernId: string | null;
  /** URL of the references page, ending in "/". */
  referencesHref: string;
}

const AREAS: Area[] = ['face', 'neck', 'body'];

/** The widget. */
export default function LayerDepthWidget(props: LayerDepthWidgetProps) {
  const { data, strings, referencesHref } = props;
  const state = useLayerDepth(data, strings, {
    regionId: props.initialRegionId,
    depthMm: props.initialDepthMm,
    concernId: props.initialConcernId,
  });
  const { region, depthMm, concern, reach, limits, ready } = state;
  const uid = `spg-ld${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const exceeded = limits.some((l) => l.exceeded);
  const { device } = data;

  return (
    <div
      className="spg-ld"
      data-reach={reach.kind}
      data-treat={region.treat}
      data-limit={exceeded ? 'exceeded' : 'within'}
      data-ready={ready}
    >
      <div className="spg-ld__controls">
        <div className="spg-ld__field">
          <label htmlFor={`${uid}-region`}>{strings.regionLabel}</label>
          <select id={`${uid}-region`} value={region.id} onChange={state.onRegionChange} disabled={!ready}>
            {AREAS.map((area) => (
              <optgroup key={area} label={strings.groups[area]}>
                {data.regions
                  .filter((r) => r.area === area)
                  .map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="spg-ld__field">
          <label htmlFor={`${uid}-concern`}>{strings.concernLabel}</label>
          <select id={`${uid}-concern`} value={concern?.id ?? ''} onChange={state.onConcernChange} disabled={!ready}>
            <option value="">{strings.concernNone}</option>
            {data.concerns.map((c) => {
              const applies = isConcernForRegion(c, region);
              return (
                <option key={c.id} value={c.id} disabled={!applies}>
                  {applies ? c.label : `${c.label} ${strings.notForArea}`}
                </option>
              );
            })}
          </select>
        </div>
        <div className="spg-ld__field spg-ld__field--depth">
          {region.treat ? (
            <>
              <div className="spg-ld__depth-head">
                <label htmlFor={`${uid}-depth`}>{strings.depthLabel}</label>
                <output htmlFor={`${uid}-depth`} className="spg-ld__depth-value">
                  {formatDepth(depthMm, strings)}
                </output>
              </div>
              <input
                id={`${uid}-depth`}
                type="range"
                min={device.minMm}
                max={device.maxMm}
                step={device.stepMm}
                value={depthMm}
                aria-valuetext={describeValueText(depthMm, reach, strings)}
                onChange={state.onDepthInput}
                onKeyDown={state.onDepthKeyDown}
                disabled={!ready}
              />
            </>
          ) : (
            // No slider where SkinPen is not used: no setting is ever shown for such an area.
            <p className="spg-ld__not-used" data-not-used-hint>
              <strong>{strings.depthLabel}:</strong> {strings.notUsedHint}
            </p>
          )}
          <p className="spg-ld__hint">
            {fillTemplate(strings.settingsHint, {
              min: formatDepth(device.minMm, strings),
              max: formatDepth(device.maxMm, strings),
              step: formatDepth(device.stepMm, strings),
            })}
            <SourceLinks ids={device.sources} href={referencesHref} prefix={strings.sourcePrefix} />
          </p>
        </div>
      </div>
      <figure className="spg-ld__figure">
        <LayerDepthDiagram
          region={region}
          depthMm={depthMm}
          concern={concern}
          limits={limits}
          settings={device}
          generalStratumCorneum={data.generalStratumCorneum}
          strings={strings}
          idPrefix={uid}
        />
        <figcaption className="spg-ld__status">{describeReach(region, depthMm, reach, strings)}</figcaption>
      </figure>
      <div className="spg-ld-vh" aria-live="polite" aria-atomic="true" data-live>
        {state.announcement}
      </div>
      <LayerDepthNotes
        region={region}
        limits={limits}
        concern={concern}
        caveats={getCaveats(region, data.caveats)}
        strings={strings}
        referencesHref={referencesHref}
      />
      <LayerDepthFacts
        region={region}
        generalStratumCorneum={data.generalStratumCorneum}
        strings={strings}
        referencesHref={referencesHref}
      />
    </div>
  );
}
