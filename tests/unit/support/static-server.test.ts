import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../support/static-server.mjs';
import { findInternalLinks } from '../../../src/lib/crawl';

describe('parseHeadersFile', () => {
  it('reads path rules and their indented headers, ignoring comments', () => {
    const rules = parseHeadersFile(
      '# comment\n/*\n  X-Frame-Options: DENY\n  Referrer-Policy: no-referrer\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n',
    );
    expect(rules).toEqual([
      { pattern: '/*', headers: { 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' } },
      { pattern: '/embed/*', headers: { 'Content-Security-Policy': 'frame-ancestors *' } },
    ]);
  });
});

describe('findInternalLinks', () => {
  it('keeps same-origin paths without hash or query and drops other origins', () => {
    const html =
      '<a href="/a/">A</a><a href="/b/#x">B</a><a href="https://elsewhere.org/">C</a><a href="/a/">again</a><a class="x" href="c/?q=1">D</a>';
    expect(findInternalLinks(html, 'http://127.0.0.1:4321')).toEqual(['/a/', '/b/', '/c/']);
  });
});
