import { describe, expect, it } from 'vitest';
import { buildEmbedUrl, buildIframeSnippet, buildLoaderSnippet } from '../../../src/embed/snippets';
import { IFRAME_SANDBOX } from '../../../src/embed/widgets';

const site = 'https://guide.example';

describe('buildEmbedUrl', () => {
  it.each([
    ['layer-depth', {}, 'https://guide.example/embed/layer-depth/'],
    [
      'layer-depth',
      { lang: 'es', region: 'neck', depth: '1.5' },
      'https://guide.example/embed/layer-depth/?lang=es&region=neck&depth=1.5',
    ],
    [
      'recovery-timeline',
      { planner: 'true', theme: '' },
      'https://guide.example/embed/recovery-timeline/?planner=true',
    ],
    ['layer-depth', { accent: '#0b6363' }, 'https://guide.example/embed/layer-depth/?accent=%230b6363'],
  ] as const)('builds the %s page with %j', (widget, options, expected) => {
    expect(buildEmbedUrl(site, widget, options)).toBe(expected);
  });
});

describe('buildLoaderSnippet', () => {
  it('writes a placeholder with data attributes, a fallback link and the loader script', () => {
    expect(buildLoaderSnippet(site, 'layer-depth', { lang: 'es', region: 'neck', depth: '' })).toBe(
      '<div data-skinpen-widget="layer-depth" data-lang="es" data-region="neck">\n' +
        '  <a href="https://guide.example/embed/layer-depth/">Hasta dónde llegan las microagujas en la piel (SkinPen Guide)</a>\n' +
        '</div>\n' +
        '<script src="https://guide.example/embed/v1/loader.js" referrerpolicy="no-referrer" defer></script>',
    );
  });

  it('names the fallback link in English when no language is chosen', () => {
    expect(buildLoaderSnippet(site, 'layer-depth', {})).toContain(
      '>How deep microneedles reach in the skin (SkinPen Guide)</a>',
    );
  });

  it('escapes option values so they cannot break out of the attribute', () => {
    const snippet = buildLoaderSnippet(site, 'layer-depth', { region: '"><script>alert(1)</script>' });
    expect(snippet).toContain('data-region="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).not.toContain('<script>alert');
  });
});

describe('buildIframeSnippet', () => {
  it('writes a titled, lazy, sandboxed iframe with no referrer', () => {
    const snippet = buildIframeSnippet(site, 'recovery-timeline', { planner: 'true' });
    expect(snippet).toContain('src="https://guide.example/embed/recovery-timeline/?planner=true"');
    expect(snippet).toContain('title="Recovery after microneedling, day by day (SkinPen Guide)"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('referrerpolicy="no-referrer"');
    expect(snippet).toContain(`sandbox="${IFRAME_SANDBOX}"`);
    expect(IFRAME_SANDBOX).not.toContain('allow-top-navigation');
  });

  it('lets the planner submit its form and print its plan inside the sandbox', () => {
    expect(IFRAME_SANDBOX.split(' ')).toEqual(expect.arrayContaining(['allow-forms', 'allow-modals']));
  });

  it("titles the iframe in the widget's language", () => {
    expect(buildIframeSnippet(site, 'recovery-timeline', { lang: 'es' })).toContain(
      'title="La recuperación después del tratamiento con microagujas, día a día (SkinPen Guide)"',
    );
  });
});
