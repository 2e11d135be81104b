import type { APIRoute } from 'astro';
import { loadVariants } from '../../../../embed/load-variants';
import { buildOembedResponse } from '../../../../embed/oembed';
import type { EmbedVariant } from '../../../../embed/variants';

export async function getStaticPaths() {
  return (await loadVariants()).map((variant) => ({
    params: { widget: variant.widget, variant: variant.segments.join('/') },
    props: { variant },
  }));
}

/** The oEmbed answer of an embed URL with options in its path: it frames the embed page with those options. */
export const GET: APIRoute = ({ props, site }) => {
  const { variant } = props as { variant: EmbedVariant };
  const body = buildOembedResponse(site?.href ?? '/', variant.widget, variant.params);
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
