/** SVG <defs> of the layer-depth diagram: one texture per layer (so layers differ without colour) and the needle clip. */

/** Id of a pattern or clip path inside one diagram; `prefix` keeps ids unique when a page holds several. */
export function defId(prefix: string, name: string): string {
  return `${prefix}-${name}`;
}

interface PatternsProps {
  /** Unique id prefix of this diagram. */
  prefix: string;
  /** Clip rectangle for the needles: they show only below the cartridge, in SVG units. */
  clip: { x: number; y: number; width: number; height: number };
}

/** Pattern and clip definitions; every stroke takes its colour from CSS (class spg-ld-pat). */
export function LayerDepthPatterns({ prefix, clip }: PatternsProps) {
  return (
    <defs>
      <pattern id={defId(prefix, 'stratum-corneum')} width="4" height="2" patternUnits="userSpaceOnUse">
        <line className="spg-ld-pat" x1="0" y1="0.5" x2="4" y2="0.5" />
      </pattern>
      <pattern id={defId(prefix, 'epidermis')} width="6" height="6" patternUnits="userSpaceOnUse">
        <circle className="spg-ld-pat spg-ld-pat--dot" cx="3" cy="3" r="1" />
      </pattern>
      <pattern id={defId(prefix, 'dermis')} width="24" height="12" patternUnits="userSpaceOnUse">
        <path className="spg-ld-pat" d="M0 6 Q6 0 12 6 T24 6" fill="none" />
      </pattern>
      <pattern id={defId(prefix, 'skin')} width="8" height="8" patternUnits="userSpaceOnUse">
        <path className="spg-ld-pat" d="M0 8 L8 0 M0 0 L8 8" fill="none" />
      </pattern>
      <pattern id={defId(prefix, 'fat')} width="22" height="20" patternUnits="userSpaceOnUse">
        <circle className="spg-ld-pat" cx="11" cy="10" r="8" fill="none" />
      </pattern>
      <pattern
        id={defId(prefix, 'band')}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line className="spg-ld-pat spg-ld-pat--band" x1="0" y1="0" x2="0" y2="6" />
      </pattern>
      <pattern
        id={defId(prefix, 'fat-band')}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <line className="spg-ld-pat spg-ld-pat--fat-band" x1="0" y1="0" x2="0" y2="8" />
      </pattern>
      <clipPath id={defId(prefix, 'needle-clip')}>
        <rect x={clip.x} y={clip.y} width={clip.width} height={clip.height} />
      </clipPath>
    </defs>
  );
}
