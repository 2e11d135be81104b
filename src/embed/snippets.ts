/** The code clinics copy: the embed page's address, the loader snippet and the plain iframe. */
import { EMBED_WIDGETS, getEmbedTitle, IFRAME_SANDBOX, type EmbedWidgetId } from './widgets';

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed page URL for a widget and its options (only options with a value are added). */
export function buildEmbedUrl(site: string, widget: EmbedWidgetId, options: Readonly<Record<string, string>>): string {
  const url = new URL(`/embed/${widget}/`, site);
  for (const [key, value] of Object.entries(options)) if (value !== '') url.searchParams.set(key, value);
  return url.href;
}

/** The loader snippet: a placeholder with a fallback link in the widget's language, and the loader script. */
export function buildLoaderSnippet(
  site: string,
  widget: EmbedWidgetId,
  options: Readonly<Record<string, string>>,
): string {
  const attrs = Object.entries(options)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` data-${k}="${escapeAttr(v)}"`)
    .join('');
  const page = escapeAttr(buildEmbedUrl(site, widget, {}));
  const loader = escapeAttr(new URL('/embed/v1/loader.js', site).href);
  const title = escapeAttr(getEmbedTitle(widget, options['lang'] ?? ''));
  return `<div data-skinpen-widget="${widget}"${attrs}>\n  <a href="${page}">${title}</a>\n</div>\n<script src="${loader}" referrerpolicy="no-referrer" defer></script>`;
}

/** The plain iframe snippet, for sites that do not allow scripts. */
export function buildIframeSnippet(
  site: string,
  widget: EmbedWidgetId,
  options: Readonly<Record<string, string>>,
): string {
  const src = escapeAttr(buildEmbedUrl(site, widget, options));
  const title = escapeAttr(getEmbedTitle(widget, options['lang'] ?? ''));
  return `<iframe src="${src}" title="${title}" width="100%" height="${EMBED_WIDGETS[widget].heightPx}" loading="lazy" referrerpolicy="no-referrer" sandbox="${IFRAME_SANDBOX}" frameborder="0"></iframe>`;
}
