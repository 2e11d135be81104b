// `npm run bench`: builds the site and prints the figures the issues ask for. Sizes are
// measured on the built files; times are wall-clock on this machine.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/find-chromium.mjs';
import { serveDirectory } from '../support/static-server.mjs';

const dist = path.resolve('dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const sizeOf = (dir) => walk(dir).reduce((sum, f) => sum + statSync(f).size, 0);

function table(rows) {
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

/** Scripts a page downloads before any interaction, with their gzip sizes. */
async function scriptsBeforeInteraction(browser, url) {
  const page = await browser.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.set(response.url(), gzipSync(body).length);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? ''),
  );
  await page.close();
  const inlineGzip = inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  return { files: [...scripts.entries()], total: [...scripts.values()].reduce((a, b) => a + b, 0) + inlineGzip, inlineGzip };
}

console.log('Building…');
const started = performance.now();
const build = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const htmlPages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));

console.log('\nSite');
table([
  ['Build time (astro build + Pagefind)', `${buildSeconds.toFixed(1)} s`],
  ['HTML pages', String(htmlPages.length)],
  ['dist/ size', kb(sizeOf(dist))],
  ['Pagefind index size (dist/pagefind)', kb(sizeOf(path.join(dist, 'pagefind')))],
]);

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const port = 4390;
const server = await serveDirectory(dist, port);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
console.log('\nJavaScript before any interaction (gzip, including inline scripts)');
const rows = [];
for (const [label, p] of [
  ['Home page', '/'],
  ['Article without a widget (aftercare)', '/articles/aftercare/'],
  ['Article with the layer-depth widget', '/articles/how-microneedling-works/'],
  ['Article with the recovery timeline', '/articles/recovery-day-by-day/'],
  ['Search page', '/search/'],
]) {
  const result = await scriptsBeforeInteraction(browser, `http://127.0.0.1:${port}${p}`);
  rows.push([label, `${kb(result.total)} (${result.files.length} files, inline ${kb(result.inlineGzip)})`]);
}
table(rows);
await browser.close();
server.close();
