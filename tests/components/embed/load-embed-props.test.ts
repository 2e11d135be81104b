// An embed page carries its own language's props and fetches another language's only when a
// clinic asks for it; if that fetch fails, the page's language is shown, with a warning. The
// page around the widget then speaks the language that is shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbedProps, type EmbedPropsJson } from '../../../src/embed/props-json';
import { applyShellLang } from '../../../src/embed/runtime';

const json: EmbedPropsJson<{ greeting: string }> = {
  props: { en: { greeting: 'Hello' } },
  propsUrls: { es: '/embed/x/props.es.json' },
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.lang = '';
});

describe('loadEmbedProps', () => {
  it('uses the props the page carries without a request', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    await expect(loadEmbedProps(json, 'en')).resolves.toEqual({ props: { greeting: 'Hello' }, lang: 'en' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("fetches another language's props from the page's list", async () => {
    const fetchSpy = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ greeting: 'Hola' }))));
    vi.stubGlobal('fetch', fetchSpy);
    await expect(loadEmbedProps(json, 'es')).resolves.toEqual({ props: { greeting: 'Hola' }, lang: 'es' });
    expect(fetchSpy).toHaveBeenCalledWith('/embed/x/props.es.json');
  });

  it.each([
    ['the server answers 404', () => Promise.resolve(new Response('missing', { status: 404 })), /HTTP 404/],
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch')), /Failed to fetch/],
  ])('falls back to the page language with a warning when %s', async (_case, answer, reason) => {
    vi.stubGlobal('fetch', vi.fn(answer));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(loadEmbedProps(json, 'es')).resolves.toEqual({ props: { greeting: 'Hello' }, lang: 'en' });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(reason);
  });
});

describe('applyShellLang', () => {
  it.each([
    [
      'es',
      'La recuperación después del tratamiento con microagujas, día a día',
      /^La recuperación .* \| SkinPen Guide$/,
    ],
    ['en', 'Recovery after microneedling, day by day', /^Recovery after .* \| SkinPen Guide$/],
  ] as const)(
    'puts the page in %s: title, heading, landmark name, description, credit and lang',
    (lang, title, page) => {
      document.head.innerHTML = '<meta name="description" content="x">';
      document.body.innerHTML = `<main aria-label="x"><h1>x</h1><section data-widget="recovery-timeline" lang="en"></section>
      <p><span data-embed-lang="en">From</span><span data-embed-lang="es" hidden>De</span></p></main>`;
      applyShellLang('recovery-timeline', lang);
      expect(document.documentElement.lang).toBe(lang);
      expect(document.querySelector('[data-widget]')?.getAttribute('lang')).toBe(lang);
      expect(document.title).toMatch(page);
      expect(document.querySelector('h1')?.textContent).toBe(title);
      expect(document.querySelector('main')?.getAttribute('aria-label')).toBe(title);
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(title);
      const shown = [...document.querySelectorAll<HTMLElement>('[data-embed-lang]')].filter((el) => !el.hidden);
      expect(shown.map((el) => el.dataset['embedLang'])).toEqual([lang]);
    },
  );
});
