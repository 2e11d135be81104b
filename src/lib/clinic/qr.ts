/**
 * A QR code as one SVG path, drawn from the module grid of a maintained encoder (paulmillr's `qr`),
 * so the page adds no markup string: a component renders the path with a title. Pure.
 */
import encodeQR from 'qr';

/** Light modules kept around the code, as the QR standard asks, so phone cameras find its edges. */
export const QUIET_ZONE = 4;

/** The drawing of a QR code: its size in modules (quiet zone included) and the path of its dark modules. */
export interface QrDrawing {
  /** Width and height, in modules. */
  size: number;
  /** SVG path data: one rectangle per horizontal run of dark modules. */
  path: string;
}

/** Draws `text` as a QR code with medium error correction (15%, enough for a printed sheet). */
export function drawQrCode(text: string): QrDrawing {
  const grid = encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE });
  const parts: string[] = [];
  grid.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: grid.length, path: parts.join('') };
}
