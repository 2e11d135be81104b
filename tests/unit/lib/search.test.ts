import { describe, expect, it } from 'vitest';
import { buildProseExcerpt, escapeHtml, sanitizeExcerpt } from '../../../src/lib/search/excerpt';
import { describeCount, renderHits } from '../../../src/lib/search/render';
import { en } from '../../../src/lib/strings/en';
import { es } from '../../../src/lib/strings/es';

describe('sanitizeExcerpt', () => {
  it.each([
    ['plain <mark>redness</mark> text', 'plain <mark>redness</mark> text'],
    ['<img src=x onerror=alert(1)> <mark>a</mark>', ' <mark>a</mark>'],
    // Pagefind encodes the text's entities itself; they are shown once, not as "&lt;".
    ['5 &lt; 6', '5 &lt; 6'],
    ['Q&amp;A &#x27;x&#x27;', 'Q&amp;A &#39;x&#39;'],
    ['&lt;img src=x onerror=alert(1)&gt;', '&lt;img src=x onerror=alert(1)&gt;'],
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

describe('buildProseExcerpt', () => {
  // 30 words of prose ("w0" … "w29"), then 4 words of search terms.
  const content = [...Array.from({ length: 30 }, (_, i) => `w${i}`), 'k1,', 'k2,', 'k3,', 'k4.'].join(' ');
  it.each([
    [
      'the densest window, from two words before its first match',
      [5, 6, 28],
      30,
      10,
      'w3 w4 <mark>w5</mark> <mark>w6</mark> w7 w8 w9 w10 w11 w12',
    ],
    ['a window that stops at the end of the prose', [29], 30, 5, 'w25 w26 w27 w28 <mark>w29</mark>'],
    ['prose only, when the terms also matched', [1, 31, 32], 30, 4, 'w0 <mark>w1</mark> w2 w3'],
  ])('gives %s', (_name, locations, prose, length, expected) => {
    expect(buildProseExcerpt(content, locations, prose, length)).toBe(expected);
  });

  it('gives nothing when only the search terms matched', () => {
    expect(buildProseExcerpt(content, [30, 33], 30)).toBeUndefined();
  });

  it('encodes the text as Pagefind does', () => {
    expect(buildProseExcerpt('a <b> & c', [2], 4)).toBe('a &lt;b&gt; <mark>&amp;</mark> c');
  });
});

describe('describeCount', () => {
  it.each([
    [0, 'makeup', 'No results for “makeup”.'],
    [1, 'makeup', '1 result for “makeup”.'],
    [3, 'makeup', '3 results for “makeup”.'],
    [3, '  ', ''],
  ])('describes %d results for %j', (count, query, expected) => {
    expect(describeCount(count, query, en.search)).toBe(expected);
  });

  it.each([
    [0, 'acné', 'No hay resultados para “acné”.'],
    [1, 'acné', '1 resultado para “acné”.'],
    [12, 'acné', '12 resultados para “acné”.'],
  ])('describes %d results for %j in Spanish', (count, query, expected) => {
    expect(describeCount(count, query, es.search)).toBe(expected);
  });

  it('keeps a dollar sign in the query as it was typed', () => {
    expect(describeCount(2, '$& cost', en.search)).toBe('2 results for “$& cost”.');
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
