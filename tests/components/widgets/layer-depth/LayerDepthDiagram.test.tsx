import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LayerDepthDiagram } from '../../../../src/components/widgets/layer-depth/LayerDepthDiagram';
import { getLimitStates } from '../../../../src/components/widgets/layer-depth/model/layers';
import { STRINGS } from '../../../../src/components/widgets/layer-depth/strings';
import type { Lang } from '../../../../src/components/widgets/shared/i18n';
import { layerDepthProps } from '../../../support/content';
import { formatMarkupSnapshot } from '../../../support/svg-snapshot';

/** The diagram's markup. */
function draw(regionId: string, depthMm: number, concernId: string | null, lang: Lang = 'en'): string {
  const { data } = layerDepthProps(lang);
  const region = data.regions.find((r) => r.id === regionId);
  if (!region) throw new Error(regionId);
  const html = renderToStaticMarkup(
    <LayerDepthDiagram
      region={region}
      depthMm={depthMm}
      concern={data.concerns.find((c) => c.id === concernId) ?? null}
      limits={getLimitStates(region.area, depthMm, data.limits)}
      settings={data.device}
      generalStratumCorneum={data.generalStratumCorneum}
      strings={STRINGS[lang]}
      idPrefix="spg-ld"
    />,
  );
  return html;
}

describe('LayerDepthDiagram snapshots', () => {
  it('draws the cheek at 1 mm with every layer', async () => {
    await expect(formatMarkupSnapshot(draw('cheek', 1, null))).toMatchFileSnapshot('./__snapshots__/cheek-1mm.svg');
  });

  it('draws the eye area at 2.5 mm with the acne-scar band and the exceeded limit', async () => {
    await expect(formatMarkupSnapshot(draw('periorbital', 2.5, 'acne-scars'))).toMatchFileSnapshot(
      './__snapshots__/periorbital-2.5mm-acne-scars.svg',
    );
  });

  it('draws no layers for the chin and no band for stretch marks', async () => {
    await expect(formatMarkupSnapshot(draw('chin', 0.5, 'stretch-marks'))).toMatchFileSnapshot(
      './__snapshots__/chin-no-measurement.svg',
    );
  });

  it('draws unsplit skin for the abdomen, in Spanish, with an open-ended band', async () => {
    await expect(formatMarkupSnapshot(draw('abdomen', 2, 'neck-wrinkles', 'es'))).toMatchFileSnapshot(
      './__snapshots__/abdomen-2mm-es.svg',
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
