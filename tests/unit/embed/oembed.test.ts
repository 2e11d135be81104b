import { describe, expect, it } from 'vitest';
import { buildOembedResponse } from '../../../src/embed/oembed';

// The block editor's aspect ratios (wp-includes: block-library embed constants, WordPress 6.1):
// an embed whose width/height is within 0.1 above one of them is drawn at that fixed ratio.
const WORDPRESS_RATIOS = [2.33, 2, 1.78, 1.33, 1, 0.56, 0.5];

describe('buildOembedResponse', () => {
  it.each(['layer-depth', 'recovery-timeline'] as const)(
    'gives %s a fallback link, then a frame whose size matches the answer and fits WordPress',
    (widget) => {
      const answer = buildOembedResponse('https://guide.example.org', widget, { lang: 'es', planner: 'true' });
      const src = 'https://guide.example.org/embed/' + widget + '/?lang=es&amp;planner=true';
      expect(answer.html).toMatch(
        new RegExp(`^<blockquote><a href="${src.replace(/[.?]/g, '\\$&')}">[^<]+</a></blockquote><iframe `),
      );
      expect(answer.html).toContain(`src="${src}"`);
      expect(answer.html).toContain(`width="${answer.width}" height="${answer.height}"`);
      expect(answer.height).toBeLessThanOrEqual(1000);
      const ratio = Number((answer.width / answer.height).toFixed(2));
      expect(WORDPRESS_RATIOS.some((r) => ratio >= r && ratio - r <= 0.1)).toBe(false);
      expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_url: 'https://guide.example.org/' });
    },
  );

  it('escapes what it writes into the html', () => {
    const answer = buildOembedResponse('https://guide.example.org', 'layer-depth', { region: '"><script>' });
    expect(answer.html).not.toContain('"><script>');
    expect(answer.html).toContain('region=%22%3E%3Cscript%3E');
  });
});
