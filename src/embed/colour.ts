/** The site's own accent in the light scheme (global.css --accent-light): an embed's default brand colour. */
export const SITE_ACCENT = '#0b6363';

/** A colour as red, green and blue channels from 0 to 255. */
export type Rgb = readonly [number, number, number];

/** Parses `#rrggbb` (case-insensitive); anything else gives undefined. */
export function parseHexColour(text: string): Rgb | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  if (!m) return undefined;
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/** Formats a colour as lower-case `#rrggbb`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2 relative luminance. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes a colour towards a target by `t` (0 = unchanged, 1 = the target). */
function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, from[2] + (to[2] - from[2]) * t];
}

/**
 * The accent colour to use on a background so that text in it reaches `minRatio` (4.5 for
 * WCAG AA body text): the colour itself when it passes, otherwise the least-changed mix towards
 * black (on light backgrounds) or white (on dark ones) that passes.
 */
export function adjustForContrast(accent: Rgb, background: Rgb, minRatio = 4.5): { colour: Rgb; adjusted: boolean } {
  if (contrastRatio(accent, background) >= minRatio) return { colour: accent, adjusted: false };
  const target: Rgb = relativeLuminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step++) {
    const candidate = mix(accent, target, step / 100).map(Math.round) as unknown as Rgb;
    if (contrastRatio(candidate, background) >= minRatio) return { colour: candidate, adjusted: true };
  }
  return { colour: target, adjusted: true };
}
