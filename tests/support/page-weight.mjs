// Static analysis of what a built page makes the browser download: scripts that run before
// any interaction, scripts its islands load when they hydrate, and styles. Sizes are gzip.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of a string or buffer, in bytes. */
export const gzipSize = (content) => gzipSync(content, { level: 9 }).length;

function localFile(dist, url) {
  if (!url.startsWith('/')) return undefined;
  const file = path.join(dist, decodeURIComponent(url.split(/[?#]/)[0]));
  return existsSync(file) ? file : undefined;
}

/** A JavaScript file and every file it imports statically, as absolute paths. */
export function moduleClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
    const target = path.resolve(path.dirname(file), m[1]);
    if (existsSync(target)) moduleClosure(target, seen);
  }
  return seen;
}

/** What a built HTML page loads: JavaScript before interaction, JavaScript per island, CSS. */
export function measurePage(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const before = new Set();
  let inlineJs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/ld\+json"/.test(attrs)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      const file = localFile(dist, src);
      if (file) for (const f of moduleClosure(file)) before.add(f);
    } else inlineJs += gzipSize(m[2] ?? '');
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    const file = localFile(dist, m[1] ?? '');
    if (file) before.add(file);
  }
  const islands = [];
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const files = new Set();
    for (const key of ['component-url', 'renderer-url']) {
      const url = new RegExp(`${key}="([^"]+)"`).exec(attrs)?.[1];
      const file = url && localFile(dist, url.replace(/&#38;|&amp;/g, '&'));
      if (file) for (const f of moduleClosure(file)) files.add(f);
    }
    const component = /component-export="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const componentUrl = /component-url="([^"]+)"/.exec(attrs)?.[1] ?? '';
    islands.push({ component: `${path.basename(componentUrl)}${component ? `#${component}` : ''}`, files: [...files] });
  }
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = localFile(dist, m[1] ?? '');
    if (file) css += gzipSize(readFileSync(file));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gzipSize(m[1] ?? '');
  const sum = (files) => [...files].reduce((total, f) => total + gzipSize(readFileSync(f)), 0);
  return {
    jsBeforeInteraction: sum(before) + inlineJs,
    islands: islands.map((i) => ({ component: i.component, files: i.files, bytes: sum(i.files) })),
    css,
  };
}
