/** The QR code decodes, with an independent decoder (jsQR) reading a rendered image, to the text it was drawn from. */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { drawQrCode, QUIET_ZONE } from '../../../../src/lib/clinic/qr';

/** Renders a drawing to pixels, 8 px a module, dark on white, and decodes it. */
function decode(text: string): string | null {
  const { size, path } = drawQrCode(text);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}"><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  const image = new Resvg(svg).render();
  const found = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  return found ? found.data : null;
}

describe('drawQrCode', () => {
  it.each([
    'https://guide.example.org/my-recovery/#skinpen=1&date=2026-03-03',
    'https://guide.example.org/es/my-recovery/#skinpen=1&date=2026-03-03&name=Cl%C3%ADnica%20Piel%20Sana&phone=%28555%29%20010-2000&after=%2B1%20555%20010%209999&web=https%3A%2F%2Fpielsana.example%2F&lang=both&interval=35&t-makeup=24&t-exercise=96',
  ])('draws a code that decodes back to %s', (text) => {
    expect(decode(text)).toBe(text);
  });

  it('keeps a quiet zone of four light modules on every side', () => {
    const { size, path } = drawQrCode('x');
    const starts = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(Math.min(...starts.map(([x]) => x ?? 0))).toBe(QUIET_ZONE);
    expect(Math.min(...starts.map(([, y]) => y ?? 0))).toBe(QUIET_ZONE);
    expect(Math.max(...starts.map(([x, , w]) => (x ?? 0) + (w ?? 0)))).toBe(size - QUIET_ZONE);
  });
});
