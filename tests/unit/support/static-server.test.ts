import { get } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, serveDirectory } from '../../support/static-server.mjs';
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
