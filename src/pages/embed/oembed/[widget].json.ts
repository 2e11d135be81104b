import type { APIRoute } from 'astro';
import { WIDGETS } from '../../../components/widgets/registry';
import { DEFAULT_LANG } from '../../../components/widgets/shared/i18n';
import { getShellText } from '../../../embed/shell';
import { buildIframeSnippet } from '../../../embed/snippets';
import { EMBED_WIDGETS, type EmbedWidgetId } from '../../../embed/widgets';
import { SITE_NAME } from '../../../lib/site';

export function getStaticPaths() {
  return WIDGETS.map((widget) => ({ params: { widget: widget.id } }));
}

/** oEmbed discovery document for an embed page, so platforms can embed it from a pasted URL. */
export const GET: APIRoute = ({ params, site }) => {
  const widget = params['widget'] as EmbedWidgetId;
  if (!site) throw new Error('oEmbed answers hold full addresses, so astro.config.mjs must set `site`.');
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: SITE_NAME,
    provider_url: site.href,
    title: getShellText(widget, DEFAULT_LANG).title,
    html: buildIframeSnippet(site.href, widget, {}),
    width: 720,
    height: EMBED_WIDGETS[widget].heightPx,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
