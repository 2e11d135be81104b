// An embed page carries its own language's props and fetches another language's only when a
// clinic asks for it; if that fetch fails, the page's language is shown, with a warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbedProps, type EmbedPropsJson } from '../../../src/embed/runtime';

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
    document.documentElement.lang = 'es';
    document.body.innerHTML = '<section data-widget="x" lang="es"></section>';
    await expect(loadEmbedProps(json, 'es')).resolves.toEqual({ props: { greeting: 'Hello' }, lang: 'en' });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(reason);
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('[data-widget]')?.getAttribute('lang')).toBe('en');
  });
});
