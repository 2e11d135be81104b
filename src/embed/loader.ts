/**
 * The embed loader clinics add to their pages (served as /embed/v1/loader.js, where the build
 * passes in this site's origin). It turns each `<div data-skinpen-widget="…">` into a lazily
 * loaded, sandboxed iframe of the embed page, passes the element's data-* options on as query
 * parameters, and sizes the iframe to its content. No dependencies, no inline scripts or styles
 * on the host page, no cookies, no requests anywhere but this site.
 */
import { readHeightMessage } from './protocol';
import {
  COMMON_PARAMS,
  EMBED_WIDGETS,
  getEmbedTitle,
  IFRAME_SANDBOX,
  isEmbedWidgetId,
  getMaxParamLength,
} from './widgets';

/** What the loader offers the host page as `window.SkinPenEmbed`. */
export interface SkinPenEmbed {
  /** Mounts every placeholder in `root` (default: the document) that has no iframe yet; safe to call again. */
  mount(root?: ParentNode): void;
}

const SELECTOR = '[data-skinpen-widget]';
const MAX_TITLE_LENGTH = 200;

/**
 * Starts the loader for the site at `origin` (fixed when the loader is built, never read from the
 * page, which markup can clobber). A second copy on the same page hands over to the first.
 */
export function startLoader(origin: string, win: Window & typeof globalThis = window): SkinPenEmbed {
  const host = win as unknown as { SkinPenEmbed?: Partial<SkinPenEmbed> };
  const existing = host.SkinPenEmbed;
  // A named element (<img name="SkinPenEmbed">) is no loader: only a real mount function counts.
  if (existing && typeof existing.mount === 'function') {
    existing.mount();
    return existing as SkinPenEmbed;
  }
  const doc = win.document;
  const frames = new Set<HTMLIFrameElement>();
  // By element, not attribute: a cloned or saved placeholder has no iframe of its own yet.
  const mounted = new WeakMap<Element, HTMLIFrameElement>();
  const warn = (message: string) => win.console.warn(`SkinPen embed: ${message}`);

  const read = (el: Element, name: string, max: number): string | null => {
    const value = el.getAttribute(`data-${name}`);
    if (value === null || value.length <= max) return value;
    warn(`data-${name} is longer than ${max} characters and was ignored; the default is used.`);
    return null;
  };

  const mountOne = (el: Element): void => {
    const own = mounted.get(el);
    if (own && own.parentNode === el) {
      frames.add(own);
      return;
    }
    const name = el.getAttribute('data-skinpen-widget') ?? '';
    if (!isEmbedWidgetId(name)) {
      warn(`unknown widget ${JSON.stringify(name.slice(0, 40))}; expected ${Object.keys(EMBED_WIDGETS).join(' or ')}.`);
      return;
    }
    const url = new URL(`/embed/${name}/`, origin);
    for (const param of [...COMMON_PARAMS, ...EMBED_WIDGETS[name].params]) {
      const value = read(el, param, getMaxParamLength(param));
      if (value !== null) url.searchParams.set(param, value);
    }
    const iframe = doc.createElement('iframe');
    iframe.src = url.href;
    iframe.title = read(el, 'title', MAX_TITLE_LENGTH) || getEmbedTitle(name, url.searchParams.get('lang') ?? '');
    iframe.loading = 'lazy';
    iframe.width = '100%';
    iframe.height = String(EMBED_WIDGETS[name].heightPx);
    iframe.className = 'skinpen-frame';
    iframe.referrerPolicy = 'no-referrer';
    iframe.setAttribute('frameborder', '0');
    iframe.setAttribute('sandbox', IFRAME_SANDBOX);
    mounted.set(el, iframe);
    frames.add(iframe);
    el.replaceChildren(iframe);
  };

  const mount = (root: ParentNode = doc): void => {
    if (root instanceof win.Element && root.matches(SELECTOR)) mountOne(root);
    root.querySelectorAll(SELECTOR).forEach(mountOne);
  };

  win.addEventListener('message', (event) => {
    const height = readHeightMessage(event.data, event.origin, origin);
    if (height === undefined || !event.source) return;
    // Matched by window at message time: a moved iframe reloads with a new window.
    for (const iframe of frames) {
      if (!iframe.isConnected) frames.delete(iframe);
      else if (iframe.contentWindow === event.source) iframe.height = String(height);
    }
  });
  // Placeholders added later (single-page sites, tabs, a loader in <head>) mount as they appear.
  new win.MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof win.Element) mount(node);
  }).observe(doc.documentElement, { childList: true, subtree: true });
  mount();
  const api: SkinPenEmbed = { mount };
  host.SkinPenEmbed = api;
  return api;
}
