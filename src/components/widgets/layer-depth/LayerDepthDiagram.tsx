/** Stateless SVG cross-section of skin with needles at a depth setting: props in, markup out. */
import { fillTemplate } from '../shared/text';
import { getBoundaries, getConcernBand, getLayerBands, type LimitState } from './model/layers';
import { GEOMETRY as G, createDepthScale, spreadLabels } from './model/layout';
import { describeDiagram } from './model/text';
import { DepthAxis, Legend, type LegendItem } from './LayerDepthDiagramParts';
import { LayerDepthPatterns, defId } from './LayerDepthPatterns';
import type { LayerDepthStrings } from './strings';
import type { Concern, DeviceSettings, PointMeasure, Region } from './types';

/** What the diagram draws. */
export interface LayerDepthDiagramProps {
  /** The area drawn. */
  region: Region;
  /** Needle depth setting, mm (already snapped). */
  depthMm: number;
  /** The chosen concern, or null for none. */
  concern: Concern | null;
  /** Studied limits for the area. */
  limits: readonly LimitState[];
  /** The pen's settings (for the scale). */
  settings: DeviceSettings;
  /** General stratum corneum figure for areas without their own. */
  generalStratumCorneum: PointMeasure | null;
  /** Strings in the reader's language. */
  strings: LayerDepthStrings;
  /** Unique prefix for ids inside the SVG. */
  idPrefix: string;
}

const [skinLeft, skinRight] = G.skinX;
const skinWidth = skinRight - skinLeft;
const CARTRIDGE_HEIGHT = 30;
/** Rounds to 0.1 unit so the markup (and its snapshots) carry no float noise. */
const r1 = (n: number) => Math.round(n * 10) / 10;
const NEEDLE_LENGTH = 360;

/** Cross-section with labelled, textured layers, the band where the fat may start, the needles, the concern band, limits and a legend. */
export function LayerDepthDiagram(props: LayerDepthDiagramProps) {
  const { region, depthMm, concern, limits, settings, generalStratumCorneum, strings, idPrefix } = props;
  const scale = createDepthScale(settings);
  const { y } = scale;
  const boundaries = getBoundaries(region, generalStratumCorneum);
  const bands = getLayerBands(boundaries);
  const band = getConcernBand(concern, region);
  const { fat } = boundaries;
  const url = (name: string) => `url(#${defId(idPrefix, name)})`;
  const bandBottom = (b: (typeof bands)[number]) => (b.bottomMm === null ? scale.bottomY : y(b.bottomMm));
  const labelYs = spreadLabels(
    bands.map((b, i) => (i === 0 && bands.length > 2 ? G.surfaceY - 6 : (y(b.topMm) + bandBottom(b)) / 2)),
    16,
    scale.bottomY - 8,
  );
  const legend: LegendItem[] = [{ kind: 'fat', text: strings.legendFatBand }];
  if (concern && region.treat) {
    const template = band
      ? strings.legendBand
      : concern.maxMm === null
        ? strings.legendNoBand
        : strings.legendWordsOnly;
    legend.push({ kind: band ? 'band' : 'none', text: fillTemplate(template, { concern: concern.label }) });
  }
  legend.push(...limits.map(({ limit }): LegendItem => ({ kind: 'limit', text: limit.label })));
  const tipY = r1(depthMm * G.unitsPerMm);
  // The legend grows with its items; the drawing grows with it rather than cutting a line off.
  const height = Math.max(G.height, r1(scale.bottomY + G.legendGap + legend.length * G.legendLine));
  const titleId = defId(idPrefix, 'title');
  const descId = defId(idPrefix, 'desc');
  const description = describeDiagram(
    { region, depthMm, concern, limits, generalStratumCorneum, displayMaxMm: scale.displayMaxMm },
    strings,
  );

  return (
    <svg
      className="spg-ld-svg"
      viewBox={`0 0 ${G.width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-region={region.id}
    >
      <title id={titleId}>{fillTemplate(strings.svgTitle, { region: region.label })}</title>
      <desc id={descId}>{description}</desc>
      <LayerDepthPatterns
        prefix={idPrefix}
        clip={{ x: skinLeft, y: G.surfaceY, width: skinWidth, height: scale.bottomY - G.surfaceY }}
      />
      <DepthAxis scale={scale} unit={strings.unit} locale={strings.numberLocale} />
      {band && (
        <rect
          className={band.openStart ? 'spg-ld-band spg-ld-band--open' : 'spg-ld-band'}
          x={G.bandX[0]}
          y={band.fromMm === band.toMm ? r1(y(band.fromMm) - 2) : y(band.fromMm)}
          width={G.bandX[1] - G.bandX[0]}
          height={band.fromMm === band.toMm ? 4 : r1(y(band.toMm) - y(band.fromMm))}
          fill={url('band')}
        />
      )}
      {bands.map((b) => (
        <g key={b.layer} className={`spg-ld-layer spg-ld-layer--${b.layer}`}>
          <rect
            className="spg-ld-layer__tone"
            x={skinLeft}
            y={y(b.topMm)}
            width={skinWidth}
            height={r1(bandBottom(b) - y(b.topMm))}
          />
          <rect
            x={skinLeft}
            y={y(b.topMm)}
            width={skinWidth}
            height={r1(bandBottom(b) - y(b.topMm))}
            fill={url(b.layer)}
          />
        </g>
      ))}
      <g className="spg-ld-fat-band" data-low={fat.lowMm} data-high={fat.highMm}>
        <rect
          x={skinLeft}
          y={y(fat.lowMm)}
          width={skinWidth}
          height={Math.max(2, r1(y(fat.highMm) - y(fat.lowMm)))}
          fill={url('fat-band')}
        />
        <line className="spg-ld-fat-typical" x1={skinLeft} y1={y(fat.typicalMm)} x2={skinRight} y2={y(fat.typicalMm)} />
      </g>
      <line className="spg-ld-surface" x1={skinLeft} y1={G.surfaceY} x2={skinRight} y2={G.surfaceY} />
      {limits.map(({ limit, exceeded }) => (
        <line
          key={limit.id}
          className={`spg-ld-limit${exceeded ? ' spg-ld-limit--exceeded' : ''}`}
          x1={G.axisX}
          y1={y(limit.maxMm)}
          x2={skinRight}
          y2={y(limit.maxMm)}
        />
      ))}
      {region.treat && (
        <>
          <g clipPath={url('needle-clip')}>
            <g className="spg-ld-move" transform={`translate(0 ${tipY})`}>
              {G.needleX.map((x) => (
                <path
                  key={x}
                  className="spg-ld-needle"
                  d={`M${x - 1.5} ${G.surfaceY - NEEDLE_LENGTH}H${x + 1.5}V${G.surfaceY - 8}L${x} ${G.surfaceY}L${x - 1.5} ${G.surfaceY - 8}Z`}
                />
              ))}
            </g>
          </g>
          <g className="spg-ld-move" transform={`translate(0 ${tipY})`}>
            <line className="spg-ld-tipline" x1={G.axisX} y1={G.surfaceY} x2={skinRight} y2={G.surfaceY} />
            <path className="spg-ld-tipmarker" d={`M${G.axisX} ${G.surfaceY}l-7 -5v10z`} />
          </g>
          <rect
            className="spg-ld-cartridge"
            x={G.needleX[1] - 16}
            y="4"
            width="32"
            height={G.surfaceY - CARTRIDGE_HEIGHT - 4}
          />
          <rect
            className="spg-ld-cartridge"
            x={G.needleX[0] - 14}
            y={G.surfaceY - CARTRIDGE_HEIGHT}
            width={G.needleX[2] - G.needleX[0] + 28}
            height={CARTRIDGE_HEIGHT - 2}
            rx="4"
          />
        </>
      )}
      <g className="spg-ld-labels">
        {bands.map((b, i) => {
          const labelY = labelYs[i] ?? 0;
          const anchorY = Math.max(y(b.topMm), Math.min(bandBottom(b), labelY));
          return (
            <g key={b.layer}>
              <path className="spg-ld-leader" d={`M${skinRight} ${anchorY}L${G.labelX - 4} ${labelY}`} />
              <text x={G.labelX} y={labelY} dominantBaseline="middle">
                {strings.layerNames[b.layer]}
              </text>
            </g>
          );
        })}
      </g>
      <Legend items={legend} topY={scale.bottomY + G.legendGap} bandFill={url('band')} fatFill={url('fat-band')} />
    </svg>
  );
}
