/**
 * The embed loader clinics add to their pages (served as /embed/v1/loader.js). It turns each
 * `<div data-skinpen-widget="layer-depth">` (or "recovery-timeline") into a lazily loaded,
 * sandboxed iframe of this site's embed page, passes the element's data-* options as query
 * parameters, and resizes the iframe to its content. No dependencies, no inline scripts or
 * styles on the host page, no cookies, no requests anywhere but this site.
 */
import { readHeightMessage } from './protocol';
import { EMBEDS, IFRAME_SANDBOX, type EmbedWidget } from './snippets';

const COMMON = ['lang', 'theme', 'accent'] as const;
/** The data-* attributes each widget passes on as query parameters. */
const PARAMS: Record<EmbedWidget, readonly string[]> = {
  'layer-depth': [...COMMON, 'region', 'depth', 'concern'],
  'recovery-timeline': [...COMMON, 'day', 'planner'],
};

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src ?? '/', window.location.href).origin;
const frames = new Map<MessageEventSource, HTMLIFrameElement>();

/** Replaces one placeholder element with its iframe; safe to call twice. */
function mount(el: HTMLElement): void {
  if (el.hasAttribute('data-skinpen-mounted')) return;
  const name = el.getAttribute('data-skinpen-widget') ?? '';
  if (!Object.prototype.hasOwnProperty.call(EMBEDS, name)) {
    console.warn(
      `SkinPen embed: unknown widget ${JSON.stringify(name.slice(0, 40))}; expected layer-depth or recovery-timeline.`,
    );
    return;
  }
  const widget = name as EmbedWidget;
  const url = new URL(`/embed/${widget}/`, origin);
  for (const param of PARAMS[widget]) {
    const value = el.getAttribute(`data-${param}`);
    if (value !== null) url.searchParams.set(param, value.slice(0, 64));
  }
  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = el.getAttribute('data-title')?.slice(0, 200) || `${EMBEDS[widget].title} (SkinPen Guide)`;
  iframe.loading = 'lazy';
  iframe.width = '100%';
  iframe.height = String(EMBEDS[widget].height);
  iframe.className = 'skinpen-frame';
  iframe.referrerPolicy = 'no-referrer';
  iframe.setAttribute('frameborder', '0');
  iframe.setAttribute('sandbox', IFRAME_SANDBOX);
  el.setAttribute('data-skinpen-mounted', '');
  el.replaceChildren(iframe);
  if (iframe.contentWindow) frames.set(iframe.contentWindow, iframe);
}

window.addEventListener('message', (event) => {
  const height = readHeightMessage(event.data, event.origin, origin);
  const iframe = event.source ? frames.get(event.source) : undefined;
  if (height !== undefined && iframe) iframe.height = String(height);
});

document.querySelectorAll<HTMLElement>('[data-skinpen-widget]').forEach(mount);
// Pages that add placeholders later (single-page sites) can call this again.
(window as unknown as { SkinPenEmbed?: { mount: () => void } }).SkinPenEmbed = {
  mount: () => document.querySelectorAll<HTMLElement>('[data-skinpen-widget]').forEach(mount),
};
