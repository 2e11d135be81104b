/** The two embeddable widgets, their titles and default iframe heights. */
export const EMBEDS = {
  'layer-depth': { title: 'How deep microneedles reach in the skin', height: 900 },
  'recovery-timeline': { title: 'Recovery after microneedling, day by day', height: 1100 },
} as const;

/** An embeddable widget's id. */
export type EmbedWidget = keyof typeof EMBEDS;

/** The sandbox an embed iframe gets: scripts, its own origin, new tabs for links, the calendar download. */
export const IFRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed page URL for a widget and its options (only options with a value are added). */
export function buildEmbedUrl(site: string, widget: EmbedWidget, options: Record<string, string>): string {
  const url = new URL(`/embed/${widget}/`, site);
  for (const [key, value] of Object.entries(options)) if (value !== '') url.searchParams.set(key, value);
  return url.href;
}

/** The loader snippet: a placeholder with a fallback link, and the loader script. */
export function buildLoaderSnippet(site: string, widget: EmbedWidget, options: Record<string, string>): string {
  const attrs = Object.entries(options)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` data-${k}="${escapeAttr(v)}"`)
    .join('');
  const page = escapeAttr(buildEmbedUrl(site, widget, {}));
  const loader = escapeAttr(new URL('/embed/v1/loader.js', site).href);
  return `<div data-skinpen-widget="${widget}"${attrs}>\n  <a href="${page}">${escapeAttr(EMBEDS[widget].title)} (SkinPen Guide)</a>\n</div>\n<script src="${loader}" defer></script>`;
}

/** The plain iframe snippet, for sites that do not allow scripts. */
export function buildIframeSnippet(site: string, widget: EmbedWidget, options: Record<string, string>): string {
  const src = escapeAttr(buildEmbedUrl(site, widget, options));
  return `<iframe src="${src}" title="${escapeAttr(EMBEDS[widget].title)} (SkinPen Guide)" width="100%" height="${EMBEDS[widget].height}" loading="lazy" referrerpolicy="no-referrer" sandbox="${IFRAME_SANDBOX}" frameborder="0"></iframe>`;
}
