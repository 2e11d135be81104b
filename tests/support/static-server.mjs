// A small static file server for the built site, used by the browser tests and the benchmark.
// It behaves like a typical static host: directory index files, the site's 404 page, the
// headers listed in dist/_headers (Netlify/Cloudflare Pages format), and gzip for text files
// when the browser accepts it (Pagefind's own files are compressed already).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.ics']);
const gzipped = new Map();

/** The file's bytes, gzipped once and remembered until the file changes. */
function gzipOf(file) {
  const mtime = statSync(file).mtimeMs;
  const cached = gzipped.get(file);
  if (cached?.mtime === mtime) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtime, body });
  return body;
}

/** Parses a `_headers` file into rules of a path pattern and its headers. */
export function parseHeadersFile(text) {
  const rules = [];
  let current;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

function matches(pattern, pathname) {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(pathname);
}

/** Starts a server for `root` on `port`; resolves with the server once it listens. */
export function serveDirectory(root, port, host = '127.0.0.1') {
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    let pathname = decodeURIComponent(url.pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
      pathname = '/404.html';
    }
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    for (const rule of rules) if (matches(rule.pattern, pathname)) Object.assign(headers, rule.headers);
    if (!existsSync(file)) {
      res.writeHead(status, headers).end('Not found');
      return;
    }
    if (COMPRESSIBLE.has(path.extname(file))) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipOf(file));
        return;
      }
    }
    res.writeHead(status, headers).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
