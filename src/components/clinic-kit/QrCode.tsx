/** A QR code drawn as one SVG path: props in, markup out. Named for screen readers by what it opens. */
import { drawQrCode } from '../../lib/clinic/qr';

/** Draws `text` as a QR code, `sizePx` wide, with `label` as its accessible name. */
export function QrCode({ text, label, sizePx }: { text: string; label: string; sizePx: number }) {
  const { size, path } = drawQrCode(text);
  return (
    <svg
      className="spg-kit-qr"
      viewBox={`0 0 ${size} ${size}`}
      width={sizePx}
      height={sizePx}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
