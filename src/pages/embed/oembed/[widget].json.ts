import type { APIRoute } from 'astro';
import { buildIframeSnippet, EMBEDS, type EmbedWidget } from '../../../embed/snippets';
import { SITE_NAME } from '../../../lib/site';

export function getStaticPaths() {
  return Object.keys(EMBEDS).map((widget) => ({ params: { widget } }));
}

/** oEmbed discovery document for an embed page, so platforms can embed it from a pasted URL. */
export const GET: APIRoute = ({ params, site }) => {
  const widget = params['widget'] as EmbedWidget;
  const origin = (site ?? new URL('http://localhost:4321')).href;
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: SITE_NAME,
    provider_url: origin,
    title: EMBEDS[widget].title,
    html: buildIframeSnippet(origin, widget, {}),
    width: 720,
    height: EMBEDS[widget].height,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
