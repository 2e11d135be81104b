import type { APIRoute } from 'astro';
import { WIDGETS } from '../../../components/widgets/registry';
import { buildOembedResponse } from '../../../embed/oembed';
import type { EmbedWidgetId } from '../../../embed/widgets';

export function getStaticPaths() {
  return WIDGETS.map((widget) => ({ params: { widget: widget.id } }));
}

/** oEmbed discovery document for an embed page, so platforms can embed it from a pasted URL. */
export const GET: APIRoute = ({ params, site }) => {
  if (!site) throw new Error('oEmbed answers hold full addresses, so astro.config.mjs must set `site`.');
  const body = buildOembedResponse(site.href, params['widget'] as EmbedWidgetId, {});
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
