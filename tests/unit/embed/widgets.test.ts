// The loader and the snippet builders read a dependency-free list of each widget's parameters;
// the embed pages read the widgets' own option schemas. The two must name the same parameters.
import { describe, expect, it } from 'vitest';
import { layerDepthEmbed } from '../../../src/components/widgets/layer-depth/embed';
import { recoveryTimelineEmbed } from '../../../src/components/widgets/recovery-timeline/embed';
import { WIDGETS } from '../../../src/components/widgets/registry';
import { LANGS } from '../../../src/components/widgets/shared/i18n';
import { COMMON_PARAM_SCHEMAS } from '../../../src/embed/params';
import { COMMON_PARAMS, EMBED_WIDGETS, GUIDE_NAME, getEmbedTitle } from '../../../src/embed/widgets';
import { SITE_NAME } from '../../../src/lib/site';
import { layerDepthProps, recoveryTimelineProps } from '../../support/content';

const descriptors = [
  [layerDepthEmbed, layerDepthProps()],
  [recoveryTimelineEmbed, recoveryTimelineProps()],
] as const;

describe('the loader subset of each widget', () => {
  it.each(descriptors)('lists exactly the parameters the %s schemas accept', (embed, props) => {
    expect(Object.keys(embed.paramSchemas(props as never))).toEqual([...EMBED_WIDGETS[embed.id].params]);
  });

  it('lists the common parameters the embed pages accept', () => {
    expect(Object.keys(COMMON_PARAM_SCHEMAS)).toEqual([...COMMON_PARAMS]);
  });

  it('names the same widgets as the registry, in every language', () => {
    expect(Object.keys(EMBED_WIDGETS).sort()).toEqual(WIDGETS.map((w) => w.id).sort());
    for (const meta of Object.values(EMBED_WIDGETS)) expect(Object.keys(meta.title).sort()).toEqual([...LANGS].sort());
  });

  it("carries the site's name", () => {
    expect(GUIDE_NAME).toBe(SITE_NAME);
  });
});

describe('getEmbedTitle', () => {
  it.each([
    ['layer-depth', 'es', 'Hasta dónde llegan las microagujas en la piel (SkinPen Guide)'],
    ['recovery-timeline', 'es', 'La recuperación después del tratamiento con microagujas, día a día (SkinPen Guide)'],
    ['recovery-timeline', 'en', 'Recovery after microneedling, day by day (SkinPen Guide)'],
    ['layer-depth', 'fr', 'How deep microneedles reach in the skin (SkinPen Guide)'],
    ['layer-depth', '', 'How deep microneedles reach in the skin (SkinPen Guide)'],
  ] as const)('titles %s in %j as %s', (id, lang, title) => {
    expect(getEmbedTitle(id, lang)).toBe(title);
  });
});
