import { get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  normaliseRequestPath,
  parseHeadersFile,
  resolveHeaders,
  serveDirectory,
} from '../../support/static-server.mjs';
import { findInternalLinks } from '../../../src/lib/crawl';

describe('parseHeadersFile', () => {
  it('reads path rules, their indented headers and detached names, ignoring comments', () => {
    const rules = parseHeadersFile(
      '# comment\n/*\n  X-Frame-Options: DENY\n  Referrer-Policy: no-referrer\n/embed/*\n  ! X-Frame-Options\n  Content-Security-Policy: frame-ancestors *\n',
    );
    expect(rules).toEqual([
      { pattern: '/*', headers: { 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' }, detach: [] },
      { pattern: '/embed/*', headers: { 'Content-Security-Policy': 'frame-ancestors *' }, detach: ['X-Frame-Options'] },
    ]);
  });
});

describe('resolveHeaders', () => {
  const toy = parseHeadersFile('/*\n  A: one\n  B: kept\n/x/*\n  ! A\n  A: two\n/x/y\n  A: three\n');

  it.each([
    ['cloudflare', '/x/y', { A: 'two, three', B: 'kept' }],
    ['netlify', '/x/y', { A: 'three', B: 'kept' }],
    ['cloudflare', '/z', { A: 'one', B: 'kept' }],
  ] as const)('combines overlapping rules as %s does for %s', (host, pathname, expected) => {
    expect(resolveHeaders(toy, pathname, host)).toEqual(expected);
  });
});

describe('the shipped public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const deny = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
  const allow = "frame-ancestors *; object-src 'none'; base-uri 'self'";

  it.each([
    '/',
    '/for-clinics/',
    '/articles/aftercare/',
    '/no-such-page/',
    '/pagefind/pagefind.js',
    '/embed',
    '/embedded/',
  ])('denies framing of %s on both hosts', (pathname) => {
    for (const host of ['cloudflare', 'netlify'] as const) {
      const headers = resolveHeaders(rules, pathname, host);
      expect(headers['Content-Security-Policy'], host).toBe(deny);
      expect(headers['X-Frame-Options'], host).toBe('DENY');
      expect(headers['Referrer-Policy'], host).toBe('no-referrer');
      expect(headers['X-Robots-Tag'], host).toBeUndefined();
    }
  });

  it.each(['/embed/layer-depth/', '/embed/oembed/layer-depth.json', '/embed/v1/loader.js', '/embed/nope/'])(
    'lets any site frame and fetch %s, with one frame-ancestors policy and noindex',
    (pathname) => {
      const cloudflare = resolveHeaders(rules, pathname, 'cloudflare');
      expect(cloudflare['Content-Security-Policy']).toBe(allow);
      expect(cloudflare['X-Frame-Options']).toBeUndefined();
      // Netlify keeps X-Frame-Options, which browsers ignore beside a CSP frame-ancestors.
      expect(resolveHeaders(rules, pathname, 'netlify')['Content-Security-Policy']).toBe(allow);
      for (const headers of [cloudflare, resolveHeaders(rules, pathname, 'netlify')]) {
        expect(headers['Access-Control-Allow-Origin']).toBe('*');
        expect(headers['X-Robots-Tag']).toBe('noindex');
        expect(headers['X-Content-Type-Options']).toBe('nosniff');
      }
    },
  );

  it('lets module scripts and styles load from opaque origins', () => {
    expect(resolveHeaders(rules, '/_astro/page.js')['Access-Control-Allow-Origin']).toBe('*');
    expect(resolveHeaders(rules, '/_astro/page.js')['X-Frame-Options']).toBe('DENY');
  });
});

describe('normaliseRequestPath', () => {
  it.each([
    ['/articles/aftercare/', '/articles/aftercare/'],
    ['/embed/..%2Farticles/aftercare/', '/articles/aftercare/'],
    ['/embed/%2e%2e/for-clinics/', '/for-clinics/'],
    ['/embed/../../../etc/passwd', '/etc/passwd'],
    ['//embed//layer-depth/', '/embed/layer-depth/'],
    ['/glossary/%C3%A9', '/glossary/é'],
    ['/bad%ZZ', undefined],
    ['/nul%00/', undefined],
    ['/back%5Cslash/', undefined],
  ])('resolves %s to %s', (raw, expected) => {
    expect(normaliseRequestPath(raw)).toBe(expected);
  });
});

describe('findInternalLinks', () => {
  it('keeps same-origin paths without hash or query and drops other origins', () => {
    const html =
      '<a href="/a/">A</a><a href="/b/#x">B</a><a href="https://elsewhere.org/">C</a><a href="/a/">again</a><a class="x" href="c/?q=1">D</a>';
    expect(findInternalLinks(html, 'http://127.0.0.1:4321')).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('serveDirectory', () => {
  function request(port: number, file: string, encoding?: string) {
    return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      get({ port, path: file, agent: false, headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  it.each([
    ['/page.js', 'gzip, deflate, br', 'gzip'],
    ['/page.js', undefined, undefined],
    ['/index.pf_fragment', 'gzip', undefined],
  ])('serves %s asked with Accept-Encoding %j as %j', async (file, accept, expected) => {
    const root = mkdtempSync(path.join(tmpdir(), 'skinpen-serve-'));
    const text = 'console.log("same bytes after the round trip");\n'.repeat(20);
    writeFileSync(path.join(root, 'page.js'), text);
    writeFileSync(path.join(root, 'index.pf_fragment'), text);
    const server = await serveDirectory(root, 4461);
    try {
      const { encoding, body } = await request(4461, file, accept);
      expect(encoding).toBe(expected);
      expect((encoding === 'gzip' ? gunzipSync(body) : body).toString()).toBe(text);
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
