/** The measured figures behind the picture for one area, each with its method and source links. */
import { SourceLinks } from '../shared/SourceLinks';
import { fillTemplate, formatNumber } from '../shared/text';
import { getBoundaries } from './model/layers';
import { formatMeasure, formatPoint } from './model/text';
import type { LayerDepthStrings } from './strings';
import type { Measure, PointMeasure, Region } from './types';

interface LayerDepthFactsProps {
  region: Region;
  /** General stratum corneum figure, shown when the area has no reading of its own. */
  generalStratumCorneum: PointMeasure | null;
  /** Strings in the reader's language. */
  strings: LayerDepthStrings;
  /** URL of the references page. */
  referencesHref: string;
}

/** One figure: value, then where and how it was measured, then its sources. */
function Fact({
  value,
  details,
  sources,
  href,
  label,
}: {
  value: string;
  details: (string | null)[];
  sources: string[];
  href: string;
  label: string;
}) {
  const extra = details.filter((d): d is string => d !== null && d !== '');
  return (
    <dd>
      <span className="spg-ld-facts__value">{value}</span>
      {extra.length > 0 && <span className="spg-ld-facts__method"> · {extra.join(' · ')}</span>}{' '}
      <SourceLinks ids={sources} href={href} label={label} />
    </dd>
  );
}

/** The list of figures for an area. */
export function LayerDepthFacts({ region, generalStratumCorneum, strings, referencesHref }: LayerDepthFactsProps) {
  const src = { href: referencesHref, label: strings.sourcePrefix };
  // The general figure is listed only where the picture draws it (areas with a measured epidermis line).
  const drawsGeneral =
    region.stratumCorneum.length === 0 && getBoundaries(region, generalStratumCorneum).stratumCorneumMm !== null;
  const scList = drawsGeneral && generalStratumCorneum ? [generalStratumCorneum] : region.stratumCorneum;
  const measureFact = (m: Measure) => (
    <Fact value={formatMeasure(m, strings)} details={[m.method]} sources={m.sources} {...src} />
  );
  const us = region.epidermisUltrasound;
  const drawing = region.drawing;
  return (
    <div className="spg-ld-facts">
      <p className="spg-ld-facts__title">{fillTemplate(strings.factsTitle, { region: region.label })}</p>
      <dl>
        {scList.length > 0 && <dt>{strings.facts.stratumCorneum}</dt>}
        {scList.map((p) => (
          <Fact
            key={p.valueMm}
            value={formatPoint(p, strings)}
            details={[p.site, p.method]}
            sources={p.sources}
            {...src}
          />
        ))}
        <dt>{strings.facts.epidermis}</dt>
        {measureFact(region.epidermis)}
        {us && (
          <>
            <dt>{strings.facts.epidermisUltrasound}</dt>
            <Fact
              value={fillTemplate(strings.ultrasoundValue, {
                female: formatNumber(us.femaleMm, strings.numberLocale),
                male: formatNumber(us.maleMm, strings.numberLocale),
              })}
              details={[us.site]}
              sources={us.sources}
              {...src}
            />
          </>
        )}
        <dt>{strings.facts.dermis}</dt>
        {measureFact(region.dermis)}
        <dt>{strings.facts.total}</dt>
        {measureFact(region.total)}
        {region.fat && (
          <>
            <dt>{strings.facts.fat}</dt>
            <Fact
              value={formatPoint(region.fat, strings)}
              details={[region.fat.site, region.fat.method]}
              sources={region.fat.sources}
              {...src}
            />
          </>
        )}
      </dl>
      {drawing && (
        <p className="spg-ld-facts__note">
          {drawing.derived ? strings.drawingEstimate : strings.drawingMeasured} {strings.fatBandNote}
          {drawing.note && ` ${drawing.note.text} `}
          {drawing.note && <SourceLinks ids={drawing.note.sources} {...src} />}
        </p>
      )}
      {region.notes.length > 0 && (
        <ul className="spg-ld-facts__notes">
          {region.notes.map((n) => (
            <li key={n.text}>
              {n.text} <SourceLinks ids={n.sources} {...src} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
