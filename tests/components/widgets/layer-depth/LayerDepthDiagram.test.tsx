import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LayerDepthDiagram } from '../../../../src/components/widgets/layer-depth/LayerDepthDiagram';
import { getLimitStates } from '../../../../src/components/widgets/layer-depth/model/layers';
import { STRINGS } from '../../../../src/components/widgets/layer-depth/strings';
import type { Lang } from '../../../../src/components/widgets/shared/i18n';
import { layerDepthData } from '../../../support/content';
import { formatMarkupSnapshot } from '../../../support/svg-snapshot';

/** The diagram's markup. */
function draw(regionId: string, depthMm: number, concernId: string | null, lang: Lang = 'en'): string {
  const data = layerDepthData(lang);
  const region = data.regions.find((r) => r.id === regionId);
  if (!region) throw new Error(regionId);
  const html = renderToStaticMarkup(
    <LayerDepthDiagram
      region={region}
      depthMm={depthMm}
      concern={data.concerns.find((c) => c.id === concernId) ?? null}
      limits={getLimitStates(region, depthMm, data.limits)}
      settings={data.device}
      generalStratumCorneum={data.generalStratumCorneum}
      strings={STRINGS[lang]}
      idPrefix="spg-ld"
    />,
  );
  return html;
}

/** The diagram as its committed snapshot (tests/support/svg-snapshot.ts). */
const snapshot = (...args: Parameters<typeof draw>) => formatMarkupSnapshot(draw(...args));

describe('LayerDepthDiagram snapshots', () => {
  it('draws the cheek at 1 mm with every layer', async () => {
    await expect(snapshot('cheek', 1, null)).toMatchFileSnapshot('./__snapshots__/cheek-1mm.svg');
  });

  it('draws the skin around the eye at 2.5 mm with the acne-scar band and the exceeded limit', async () => {
    await expect(snapshot('around-eye', 2.5, 'acne-scars')).toMatchFileSnapshot(
      './__snapshots__/around-eye-2.5mm-acne-scars.svg',
    );
  });

  it('draws the eyelid with no needle, no limit and no band, even when asked for acne scars', async () => {
    await expect(snapshot('eyelid', 2.5, 'acne-scars')).toMatchFileSnapshot('./__snapshots__/eyelid-not-used.svg');
  });

  it('draws the chin from whole-face figures, and no band for fine lines', async () => {
    await expect(snapshot('chin', 0.5, 'fine-lines-texture')).toMatchFileSnapshot('./__snapshots__/chin-face-wide.svg');
  });

  it('draws unsplit skin for the abdomen, in Spanish, with stretch marks and no band', async () => {
    await expect(snapshot('abdomen', 2, 'stretch-marks', 'es')).toMatchFileSnapshot(
      './__snapshots__/abdomen-2mm-es.svg',
    );
  });

  it('draws the neck with the open-ended band of neck wrinkles', async () => {
    await expect(snapshot('neck', 2.5, 'neck-wrinkles')).toMatchFileSnapshot(
      './__snapshots__/neck-2.5mm-neck-wrinkles.svg',
    );
  });
});

describe('LayerDepthDiagram', () => {
  it('moves the needles down by the setting, at 100 units per mm', () => {
    expect(draw('cheek', 0, null)).toContain('transform="translate(0 0)"');
    expect(draw('cheek', 1.75, null)).toContain('transform="translate(0 175)"');
  });

  it('gives every layer a texture as well as a tone, so colour is never the only cue', () => {
    const svg = draw('cheek', 1, null);
    for (const layer of ['stratum-corneum', 'epidermis', 'dermis', 'fat']) {
      expect(svg).toContain(`fill="url(#spg-ld-${layer})"`);
      expect(svg).toContain(`<pattern id="spg-ld-${layer}"`);
    }
  });
});
