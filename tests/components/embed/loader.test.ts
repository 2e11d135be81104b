// The loader on a clinic's page, in a fresh window each time (a frame of the test document): its
// site origin is the one it was built with, whatever the page holds; moved, cloned and late
// placeholders get one iframe each; heights are taken only from this site's frames, matched by
// window when the message arrives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLoader, type SkinPenEmbed } from '../../../src/embed/loader';
import { IFRAME_SANDBOX } from '../../../src/embed/widgets';

const SITE = 'https://guide.example';

afterEach(() => document.body.replaceChildren());

function page(body: string) {
  const host = document.createElement('iframe');
  document.body.append(host);
  const win = host.contentWindow as (Window & typeof globalThis) | null;
  if (!win) throw new Error('no window');
  win.document.body.innerHTML = body;
  const warn = vi.fn();
  win.console.warn = warn;
  const frames = () => [...win.document.querySelectorAll<HTMLIFrameElement>('iframe.skinpen-frame')];
  /** Lets the MutationObserver run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const post = (source: Window | null, data: unknown, origin = SITE) =>
    win.dispatchEvent(new win.MessageEvent('message', { data, origin, source }));
  return { win, doc: win.document, warn, frames, settle, post };
}

describe('startLoader', () => {
  it('frames its own site even when the page clobbers document.currentScript', () => {
    const { win, frames } = page(
      '<img name="currentScript" src="https://evil.example/x.gif"><div data-skinpen-widget="layer-depth"></div>',
    );
    startLoader(SITE, win);
    expect(frames().map((f) => new URL(f.src).origin)).toEqual([SITE]);
    expect(frames()[0]?.getAttribute('sandbox')).toBe(IFRAME_SANDBOX);
  });

  it("passes the widget's own data-* options on, and refuses a value that is too long instead of cutting it", () => {
    const long = `2.${'0'.repeat(70)}1`;
    const { win, frames, warn } = page(
      `<div data-skinpen-widget="layer-depth" data-lang="es" data-region="neck" data-depth="${long}" data-day="3"></div>`,
    );
    startLoader(SITE, win);
    const url = new URL(frames()[0]?.src ?? '');
    expect([...url.searchParams]).toEqual([
      ['lang', 'es'],
      ['region', 'neck'],
    ]);
    expect(warn).toHaveBeenCalledWith(
      'SkinPen embed: data-depth is longer than 64 characters and was ignored; the default is used.',
    );
  });

  it.each([
    ['es', 'Hasta dónde llegan las microagujas en la piel (SkinPen Guide)'],
    ['en', 'How deep microneedles reach in the skin (SkinPen Guide)'],
    ['xx', 'How deep microneedles reach in the skin (SkinPen Guide)'],
  ])('titles the iframe in data-lang=%s', (lang, title) => {
    const { win, frames } = page(`<div data-skinpen-widget="layer-depth" data-lang="${lang}"></div>`);
    startLoader(SITE, win);
    expect(frames()[0]?.title).toBe(title);
  });

  it('refuses an unknown widget with a warning', () => {
    const { win, frames, warn } = page('<div data-skinpen-widget="__proto__"></div>');
    startLoader(SITE, win);
    expect(frames()).toEqual([]);
    expect(warn.mock.calls[0]?.[0]).toMatch(/unknown widget "__proto__"/);
  });

  it('mounts a placeholder added later, and a clone of a mounted one, each once and each resized', async () => {
    const { win, doc, frames, settle, post } = page('<div id="a" data-skinpen-widget="recovery-timeline"></div>');
    startLoader(SITE, win);
    const late = doc.createElement('div');
    late.setAttribute('data-skinpen-widget', 'layer-depth');
    doc.body.append(late);
    doc.body.append(doc.getElementById('a')?.cloneNode(true) ?? '');
    await settle();
    expect(frames()).toHaveLength(3);
    for (const placeholder of doc.querySelectorAll('[data-skinpen-widget]'))
      expect(placeholder.querySelectorAll('iframe')).toHaveLength(1);
    // Every iframe is the loader's own, so its height messages are heard (a copied one would not be).
    for (const [i, iframe] of frames().entries()) {
      post(iframe.contentWindow, { type: 'skinpen:height', height: 500 + i });
      expect(iframe.height).toBe(String(500 + i));
    }
  });

  it('keeps one iframe per placeholder when the loader runs twice or mount() is called again', async () => {
    const { win, doc, frames, settle } = page('<div data-skinpen-widget="layer-depth"></div>');
    const first = startLoader(SITE, win);
    const second = startLoader(SITE, win);
    second.mount();
    (win as unknown as { SkinPenEmbed: SkinPenEmbed }).SkinPenEmbed.mount();
    doc.body.append(doc.querySelector('[data-skinpen-widget]') ?? '');
    await settle();
    expect(second).toBe(first);
    expect(frames()).toHaveLength(1);
  });

  it('ignores a page element named SkinPenEmbed and starts anyway', () => {
    const { win, frames } = page('<div data-skinpen-widget="layer-depth"></div>');
    (win as unknown as { SkinPenEmbed: unknown }).SkinPenEmbed = win.document.createElement('img');
    startLoader(SITE, win);
    expect(frames()).toHaveLength(1);
  });

  it('mounts placeholders inside a shadow root when asked to', () => {
    const { win, doc, frames } = page('<div id="host"></div>');
    const shadow = doc.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    shadow.innerHTML = '<div data-skinpen-widget="layer-depth"></div>';
    startLoader(SITE, win).mount(shadow);
    expect(frames()).toHaveLength(0);
    expect(shadow.querySelectorAll('iframe.skinpen-frame')).toHaveLength(1);
  });

  it("takes a height only from this site's own frames", () => {
    const { win, frames, post } = page('<div data-skinpen-widget="layer-depth"></div>');
    startLoader(SITE, win);
    const iframe = frames()[0];
    if (!iframe) throw new Error('no iframe');
    post(iframe.contentWindow, { type: 'skinpen:height', height: 1234 }, 'https://evil.example');
    post(win, { type: 'skinpen:height', height: 4321 });
    expect(iframe.height).toBe('900');
    post(iframe.contentWindow, { type: 'skinpen:height', height: 1234 });
    expect(iframe.height).toBe('1234');
  });

  it('keeps resizing an iframe that was moved, matched by its new window', async () => {
    const { win, doc, frames, post, settle } = page('<div data-skinpen-widget="layer-depth"></div><aside></aside>');
    startLoader(SITE, win);
    const iframe = frames()[0];
    if (!iframe) throw new Error('no iframe');
    const before = iframe.contentWindow;
    doc.querySelector('aside')?.append(doc.querySelector('[data-skinpen-widget]') ?? '');
    await settle();
    const after = iframe.contentWindow;
    post(after, { type: 'skinpen:height', height: 777 });
    expect(iframe.height).toBe('777');
    if (before !== after) {
      post(before, { type: 'skinpen:height', height: 111 });
      expect(iframe.height).toBe('777');
    }
  });
});
