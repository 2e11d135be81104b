// A small static file server for the built site, used by the browser tests and the benchmark.
// It behaves like a typical static host: directory index files, the site's 404 page, the
// headers listed in dist/_headers (combined as Cloudflare Pages or Netlify combine them, and
// matched on the same normalised path as the file served), and gzip for text files when the
// browser accepts it (Pagefind's own files are compressed already).
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

/**
 * Parses a `_headers` file into rules of a path pattern, the headers it sets and the headers it
 * detaches (Cloudflare Pages' `! Name` lines).
 */
export function parseHeadersFile(text) {
  const rules = [];
  let current;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {}, detach: [] };
      rules.push(current);
    } else if (current && line.trim().startsWith('!')) {
      current.detach.push(line.trim().slice(1).trim());
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

/**
 * The headers a host sends for `pathname`, combining every matching rule the way that host does.
 * `cloudflare` (Cloudflare Pages' documented order): each matching rule in turn detaches its
 * `! Name` headers, then sets its own, joining a header an earlier rule set with a comma.
 * `netlify`: `! Name` lines are skipped (Netlify's parser drops lines without a colon) and a later
 * matching rule's value of a header replaces an earlier one (as `netlify dev` resolves them).
 */
export function resolveHeaders(rules, pathname, host = 'cloudflare') {
  const headers = new Map();
  const set = new Set();
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    if (host === 'cloudflare') for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      const joined = host === 'cloudflare' && set.has(key) && headers.has(key);
      headers.set(key, { name, value: joined ? `${headers.get(key).value}, ${value}` : value });
      set.add(key);
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}

/**
 * The request path as the server resolves it: percent-decoded, dot segments and repeated slashes
 * removed, so headers are matched on the same path as the file served (`/embed/..%2Farticles/`
 * is `/articles/`). Undefined when the path cannot be decoded.
 */
export function normaliseRequestPath(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normalised = path.posix.normalize(`/${decoded}`);
  return decoded.endsWith('/') && !normalised.endsWith('/') ? `${normalised}/` : normalised;
}

/**
 * Starts a server for `root` on `port`; resolves with the server once it listens. `host` picks
 * how overlapping `_headers` rules combine (see resolveHeaders).
 */
export function serveDirectory(root, port, bindHost = '127.0.0.1', { host = 'cloudflare' } = {}) {
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${bindHost}`);
    const pathname = normaliseRequestPath(url.pathname);
    if (pathname === undefined) {
      res.writeHead(400).end();
      return;
    }
    const headers = {
      ...resolveHeaders(rules, pathname, host),
      'Content-Type': 'application/octet-stream',
    };
    let file = path.join(root, pathname);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...headers, Location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    // Hosts read _headers but never serve it.
    if (!existsSync(file) || pathname === '/_headers') {
      status = 404;
      file = path.join(root, '404.html');
    }
    headers['Content-Type'] = TYPES[path.extname(file)] ?? 'application/octet-stream';
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
  return new Promise((resolve) => server.listen(port, bindHost, () => resolve(server)));
}
