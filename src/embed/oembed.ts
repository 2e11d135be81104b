/**
 * The oEmbed answer for an embed URL (plain or a path variant). Its `html` is what a consumer
 * puts on the page: a link in a blockquote, then the iframe of the embed page with the options
 * as query parameters. WordPress keeps only that much from a provider it does not trust: it
 * shows the blockquote until the frame speaks its protocol (src/embed/wordpress.ts), loads its
 * wp-embed.js only when a blockquote is there, sandboxes the iframe and caps it at 1,000 px.
 */
import { buildEmbedUrl } from './snippets';
import { EMBED_WIDGETS, getEmbedTitle, GUIDE_NAME, IFRAME_SANDBOX, type EmbedWidgetId } from './widgets';

/** Width of the frame in the oEmbed answer, in CSS pixels (WordPress's embed block keeps it within its column). */
export const OEMBED_WIDTH_PX = 720;

/**
 * Height of the frame in the oEmbed answer, in CSS pixels: the widget's default, at most the
 * 1,000 px WordPress allows. Width and height also keep the block editor from giving the embed
 * a fixed video-like aspect ratio (it does when their ratio is within 0.1 of one of its ratios).
 */
export function oembedHeightPx(widget: EmbedWidgetId): number {
  return Math.min(EMBED_WIDGETS[widget].heightPx, 1000);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The oEmbed 1.0 `rich` answer for a widget with these options, for a site at `site`. */
export function buildOembedResponse(site: string, widget: EmbedWidgetId, params: Record<string, string>) {
  const src = escapeHtml(buildEmbedUrl(site, widget, params));
  const fullTitle = getEmbedTitle(widget, params['lang'] ?? '');
  const title = escapeHtml(fullTitle);
  const height = oembedHeightPx(widget);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: GUIDE_NAME,
    provider_url: new URL('/', site).href,
    title: fullTitle,
    html: `<blockquote><a href="${src}">${title}</a></blockquote><iframe src="${src}" title="${title}" width="${OEMBED_WIDTH_PX}" height="${height}" loading="lazy" referrerpolicy="no-referrer" sandbox="${IFRAME_SANDBOX}" frameborder="0"></iframe>`,
    width: OEMBED_WIDTH_PX,
    height,
    cache_age: 86400,
  };
}
