/** Pieces of the layer-depth diagram that depend only on their props: the mm scale and the legend. */
import { formatNumber } from '../shared/text';
import { GEOMETRY as G, type DepthScale } from './model/layout';

/** The depth scale on the left: unit, axis line, a tick per setting and a number every 0.5 mm. */
export function DepthAxis({ scale, unit, locale }: { scale: DepthScale; unit: string; locale: string }) {
  return (
    <g className="spg-ld-axis">
      <text x={G.axisX - 9} y={G.surfaceY - 16} textAnchor="end">
        {unit}
      </text>
      <line x1={G.axisX} y1={G.surfaceY} x2={G.axisX} y2={scale.bottomY} />
      {scale.ticks.map((t) => (
        <g key={t.mm}>
          <line x1={G.axisX - (t.major ? 6 : 3)} y1={t.y} x2={G.axisX} y2={t.y} />
          {t.major && (
            <text x={G.axisX - 9} y={t.y} textAnchor="end" dominantBaseline="middle">
              {formatNumber(t.mm, locale, 2)}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/** One legend line: a swatch of the concern band (or its absence), the fat band or a studied-limit line, and its text. */
export interface LegendItem {
  /** band: a drawn concern range; none: a concern without one; fat: where the fat may start; limit: a studied limit. */
  kind: 'band' | 'none' | 'fat' | 'limit';
  text: string;
}

/** The legend under the scale, one line per item. */
export function Legend({
  items,
  topY,
  bandFill,
  fatFill,
}: {
  items: readonly LegendItem[];
  topY: number;
  bandFill: string;
  fatFill: string;
}) {
  return (
    <g className="spg-ld-legend">
      {items.map((item, i) => {
        const ly = topY + i * G.legendLine;
        return (
          <g key={item.text}>
            {item.kind === 'band' && (
              <rect className="spg-ld-band" x="4" y={ly - 6} width="16" height="12" fill={bandFill} />
            )}
            {item.kind === 'none' && (
              <rect className="spg-ld-band spg-ld-band--none" x="4" y={ly - 6} width="16" height="12" />
            )}
            {item.kind === 'fat' && (
              <rect className="spg-ld-fat-band" x="4" y={ly - 6} width="16" height="12" fill={fatFill} />
            )}
            {item.kind === 'limit' && <line className="spg-ld-limit" x1="2" y1={ly} x2="22" y2={ly} />}
            <text x="28" y={ly} dominantBaseline="middle">
              {item.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
