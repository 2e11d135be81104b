import { describe, expect, it } from 'vitest';
import { buildEmbedUrl, buildIframeSnippet, buildLoaderSnippet, IFRAME_SANDBOX } from '../../../src/embed/snippets';

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
        '  <a href="https://guide.example/embed/layer-depth/">How deep microneedles reach in the skin (SkinPen Guide)</a>\n' +
        '</div>\n' +
        '<script src="https://guide.example/embed/v1/loader.js" defer></script>',
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
});
