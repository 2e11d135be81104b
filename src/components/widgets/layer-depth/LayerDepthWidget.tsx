/** The layer-depth island (browser): native controls, the diagram, a polite live region and the sourced figures. */
import type { ClinicContact } from '../shared/clinic';
import { ClinicNumbers } from '../shared/ClinicNumbers';
import { SourceLinks } from '../shared/SourceLinks';
import { fillTemplate } from '../shared/text';
import { LayerDepthDiagram } from './LayerDepthDiagram';
import { LayerDepthFacts } from './LayerDepthFacts';
import { LayerDepthNotes } from './LayerDepthNotes';
import { LayerDepthTable } from './LayerDepthTable';
import { getCaveats, isConcernForRegion } from './model/layers';
import { describeReach, formatDepth } from './model/text';
import type { LayerDepthStrings } from './strings';
import type { Area, LayerDepthData } from './types';
import { useLayerDepth } from './useLayerDepth';

/** Serialisable props, built and checked at build time by props.ts. */
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
  /** The clinic that embeds the widget (its embed options): named, with tap-to-call numbers. */
  clinic?: ClinicContact;
}

const AREAS: Area[] = ['face', 'neck', 'body'];

/** Layout only: the hook holds the state and hands out each control's props. */
export default function LayerDepthWidget(props: LayerDepthWidgetProps) {
  const { data, strings, referencesHref } = props;
  const w = useLayerDepth(props);
  const { device } = data;
  const depth = formatDepth(w.depthMm, strings);

  return (
    <div
      className="spg-ld"
      data-reach={w.reach.kind}
      data-treat={w.region.treat}
      data-limit={w.limits.some((l) => l.exceeded) ? 'exceeded' : 'within'}
      data-ready={w.hydrated}
    >
      <div className="spg-ld__controls spg-js">
        <div className="spg-ld__field">
          <label htmlFor={w.regionSelectProps.id}>{strings.regionLabel}</label>
          <select {...w.regionSelectProps}>
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
          <label htmlFor={w.concernSelectProps.id}>{strings.concernLabel}</label>
          <select {...w.concernSelectProps}>
            <option value="">{strings.concernNone}</option>
            {data.concerns.map((c) => {
              const applies = isConcernForRegion(c, w.region);
              return (
                <option key={c.id} value={c.id} disabled={!applies}>
                  {applies ? c.label : `${c.label} ${strings.notForArea}`}
                </option>
              );
            })}
          </select>
        </div>
        <div className="spg-ld__field spg-ld__field--depth">
          {w.region.treat ? (
            <>
              <div className="spg-ld__depth-head">
                <label htmlFor={w.depthInputProps.id}>{strings.depthLabel}</label>
                <output htmlFor={w.depthInputProps.id} className="spg-ld__depth-value">
                  {depth}
                </output>
              </div>
              <input {...w.depthInputProps} />
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
            })}{' '}
            <SourceLinks ids={device.sources} href={referencesHref} label={strings.sourcePrefix} />
          </p>
        </div>
      </div>
      {!w.hydrated && (
        <p className="spg-ld-noscript spg-nojs">{fillTemplate(strings.noScript, { region: w.region.label, depth })}</p>
      )}
      <figure className="spg-ld__figure">
        <LayerDepthDiagram
          region={w.region}
          depthMm={w.depthMm}
          concern={w.concern}
          limits={w.limits}
          settings={device}
          generalStratumCorneum={data.generalStratumCorneum}
          strings={strings}
          idPrefix={w.id}
        />
        <figcaption className="spg-ld__status">{describeReach(w.region, w.depthMm, w.reach, strings)}</figcaption>
      </figure>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-live>
        {w.liveText}
      </div>
      <LayerDepthNotes
        region={w.region}
        limits={w.limits}
        concern={w.concern}
        caveats={getCaveats(w.region, data.caveats)}
        strings={strings}
        referencesHref={referencesHref}
      />
      {props.clinic && (
        <div className="spg-ld-clinic" data-clinic>
          <p>
            {props.clinic.name
              ? fillTemplate(strings.clinicAsk, { clinic: props.clinic.name })
              : strings.clinicAskUnnamed}
          </p>
          <ClinicNumbers
            clinic={props.clinic}
            className="spg-ld-clinic__numbers"
            labels={{
              daytime: strings.clinicDaytime,
              afterHours: strings.clinicAfterHours,
              website: strings.clinicWebsite,
            }}
          />
        </div>
      )}
      <LayerDepthFacts
        region={w.region}
        generalStratumCorneum={data.generalStratumCorneum}
        strings={strings}
        referencesHref={referencesHref}
      />
      {/* Every area in a table: folded for readers with scripts, open for those without. */}
      <LayerDepthTable data={data} strings={strings} referencesHref={referencesHref} id={`${w.id}-table`} />
      {!w.hydrated && (
        <LayerDepthTable data={data} strings={strings} referencesHref={referencesHref} id={`${w.id}-table-open`} open />
      )}
    </div>
  );
}
