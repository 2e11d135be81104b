import { describe, expect, it } from 'vitest';
import { escapeHtml, sanitizeExcerpt } from '../../../src/lib/search/excerpt';
import { describeCount, renderHits } from '../../../src/lib/search/render';

describe('sanitizeExcerpt', () => {
  it.each([
    ['plain <mark>redness</mark> text', 'plain <mark>redness</mark> text'],
    ['<img src=x onerror=alert(1)> <mark>a</mark>', ' <mark>a</mark>'],
    ['5 &lt; 6', '5 &amp;lt; 6'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['<script>alert(1)</script>', 'alert(1)'],
  ])('turns %j into %j', (input, expected) => {
    expect(sanitizeExcerpt(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('escapes every character that can break out of text or an attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('describeCount', () => {
  it.each([
    [0, 'makeup', 'No results for “makeup”.'],
    [1, 'makeup', '1 result for “makeup”.'],
    [3, 'makeup', '3 results for “makeup”.'],
    [3, '  ', ''],
  ])('describes %d results for %j', (count, query, expected) => {
    expect(describeCount(count, query)).toBe(expected);
  });
});

describe('renderHits', () => {
  it('renders one option per hit with an escaped link and title', () => {
    const html = renderHits(
      [{ url: '/a/"x"/', title: 'A <b>title</b>', excerpt: 'some <mark>text</mark>', kind: 'Article', subResults: [] }],
      'r',
    );
    expect(html).toContain('role="option" id="r-0"');
    expect(html).toContain('href="/a/&quot;x&quot;/"');
    expect(html).toContain('A &lt;b&gt;title&lt;/b&gt;');
    expect(html).toContain('some <mark>text</mark>');
  });

  it('numbers appended options after the ones already shown', () => {
    const hit = { url: '/b/', title: 'B', excerpt: '', kind: 'Glossary', subResults: [] };
    const html = renderHits([hit, hit], 'r', 3);
    expect([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual(['r-3', 'r-4']);
  });
});
