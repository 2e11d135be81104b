import type { APIRoute } from 'astro';
import { loadLayerDepthProps } from '../../../components/widgets/layer-depth/island-props';
import { EMBED_OTHER_LANGS, layerDepthEmbedOptions } from '../../../embed/page-options';

export function getStaticPaths() {
  return EMBED_OTHER_LANGS.map((lang) => ({ params: { lang } }));
}

/** The layer-depth island's props in another language, with the embed page's own options. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as (typeof EMBED_OTHER_LANGS)[number];
  const { islandProps } = await loadLayerDepthProps(layerDepthEmbedOptions(site), '/embed/layer-depth/');
  return new Response(JSON.stringify(islandProps(lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
