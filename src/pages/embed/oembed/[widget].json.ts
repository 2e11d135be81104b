import type { APIRoute } from 'astro';
import { EMBEDS, type EmbedWidget } from '../../../embed/snippets';
import { buildOembedResponse } from '../../../embed/oembed';

export function getStaticPaths() {
  return Object.keys(EMBEDS).map((widget) => ({ params: { widget } }));
}

/** oEmbed discovery document for an embed page, so platforms can embed it from a pasted URL. */
export const GET: APIRoute = ({ params, site }) => {
  const body = buildOembedResponse(site?.href ?? '/', params['widget'] as EmbedWidget, {});
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
