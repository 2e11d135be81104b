/**
 * The embed loader clinics add to their pages (served as /embed/v1/loader.js). It turns each
 * `<div data-skinpen-widget="layer-depth">` (or "recovery-timeline") into a lazily loaded,
 * sandboxed iframe of this site's embed page, passes the element's data-* options as query
 * parameters, and resizes the iframe to its content. No dependencies, no inline scripts or
 * styles on the host page, no cookies, no requests anywhere but this site.
 */
import { readHeightMessage } from './protocol';

interface WidgetSpec {
  path: string;
  title: string;
  params: readonly string[];
  initialHeight: number;
}

const COMMON = ['lang', 'theme', 'accent'] as const;
const WIDGETS: Record<string, WidgetSpec> = {
  'layer-depth': {
    path: '/embed/layer-depth/',
    title: 'How deep microneedles reach in the skin: interactive diagram (SkinPen Guide)',
    params: [...COMMON, 'region', 'depth', 'concern'],
    initialHeight: 900,
  },
  'recovery-timeline': {
    path: '/embed/recovery-timeline/',
    title: 'Recovery after microneedling, day by day: interactive timeline (SkinPen Guide)',
    params: [...COMMON, 'day', 'planner'],
    initialHeight: 1100,
  },
};

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src ?? '/', window.location.href).origin;
const frames = new Map<MessageEventSource, HTMLIFrameElement>();

/** Replaces one placeholder element with its iframe; safe to call twice. */
function mount(el: HTMLElement): void {
  if (el.hasAttribute('data-skinpen-mounted')) return;
  const name = el.getAttribute('data-skinpen-widget') ?? '';
  const spec = Object.prototype.hasOwnProperty.call(WIDGETS, name) ? WIDGETS[name] : undefined;
  if (!spec) {
    console.warn(`SkinPen embed: unknown widget ${JSON.stringify(name.slice(0, 40))}; expected layer-depth or recovery-timeline.`);
    return;
  }
  const url = new URL(spec.path, origin);
  for (const param of spec.params) {
    const value = el.getAttribute(`data-${param}`);
    if (value !== null) url.searchParams.set(param, value.slice(0, 64));
  }
  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = el.getAttribute('data-title')?.slice(0, 200) || spec.title;
  iframe.loading = 'lazy';
  iframe.width = '100%';
  iframe.height = String(spec.initialHeight);
  iframe.className = 'skinpen-frame';
  iframe.referrerPolicy = 'no-referrer';
  iframe.setAttribute('frameborder', '0');
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads');
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
