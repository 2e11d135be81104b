// `npm run bench`: builds the site and prints the figures the issues ask for. Sizes are
// measured on the built files (gzip); times are wall-clock in headless Chromium on this machine.
// `npm run bench -- --quick` skips Lighthouse and the scale table; `-- --wordpress-only` runs
// only the WordPress rows (their harness builds its own copy of the site).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/find-chromium.mjs';
import { serveDirectory } from '../support/static-server.mjs';
import { gzipSize, measurePage } from '../support/page-weight.mjs';
import { typeQueryAndTime } from '../support/search-timing.mjs';
import { wordpressRows } from './wordpress.mjs';

const quick = process.argv.includes('--quick');
if (process.argv.includes('--wordpress-only')) {
  const executable = findChromium();
  if (!executable) throw new Error(NO_CHROMIUM_MESSAGE);
  const onlyBrowser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
  table('WordPress', await wordpressRows(onlyBrowser));
  await onlyBrowser.close();
  process.exit(0);
}
const dist = path.resolve('dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t) => `${t.toFixed(0)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const FRAMEWORK = /^(react|react-dom|client|jsx-runtime|rolldown-runtime|preload-helper|dist)\.[\w-]+\.js$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const sizeOf = (dir) => walk(dir).reduce((sum, f) => sum + statSync(f).size, 0);
function table(title, rows) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

// --- Build -----------------------------------------------------------------------------------
const port = 4390;
const origin = `http://127.0.0.1:${port}`;
console.log('Building…');
const started = performance.now();
// Built for the origin it is served from below: the embed loader carries its site's origin.
const build = spawnSync(
  process.execPath,
  [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--site', origin],
  {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const htmlPages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
table('Site', [
  ['Build time (astro build + Pagefind index)', `${buildSeconds.toFixed(1)} s`],
  ['HTML pages', String(htmlPages.length)],
  ['dist/ size', kb(sizeOf(dist))],
  ['Pagefind index size (dist/pagefind)', kb(sizeOf(path.join(dist, 'pagefind')))],
]);

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const server = await serveDirectory(dist, port);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** Loads a page and returns the gzip bytes of every script it ran before any interaction. */
async function scriptsBeforeInteraction(url) {
  const page = await browser.newPage();
  const sizes = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') sizes.push(gzipSize(await r.body().catch(() => Buffer.alloc(0))));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'script:not([src]):not([type="application/ld+json"]):not([type="application/json"])',
      ),
    ].map((s) => s.textContent ?? ''),
  );
  await page.close();
  return sizes.reduce((a, b) => a + b, 0) + inline.reduce((a, t) => a + gzipSize(t), 0);
}

const pageRows = [];
for (const [label, p] of [
  ['Home page', '/'],
  ['Article without a widget (aftercare)', '/articles/aftercare/'],
  ['Article with the layer-depth widget', '/articles/how-microneedling-works/'],
  ['Article with the recovery timeline', '/articles/recovery-day-by-day/'],
  ['Search page', '/search/'],
]) {
  pageRows.push([label, kb(await scriptsBeforeInteraction(origin + p))]);
}
table('JavaScript before any interaction (gzip, including inline scripts)', pageRows);

// --- Widgets ---------------------------------------------------------------------------------
/** Median time from navigation start to the widget's controls working, widget scrolled into view. */
async function timeToInteractive(url, selector, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      return el && !el.hasAttribute('disabled');
    }, selector);
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  return median(times);
}
const widgetRows = [];
for (const [label, p, control, component] of [
  [
    'Layer-depth',
    '/articles/how-microneedling-works/',
    '[data-widget="layer-depth"] input[type="range"]',
    'LayerDepthWidget',
  ],
  [
    'Recovery timeline',
    '/articles/recovery-day-by-day/',
    '[data-widget="recovery-timeline"] input[type="range"], [data-widget="recovery-timeline"] button',
    'RecoveryTimelineWidget',
  ],
]) {
  const file = path.join(dist, p, 'index.html');
  const island = measurePage(dist, file).islands.find((i) => i.component.startsWith(component));
  const own = (island?.files ?? [])
    .filter((f) => !FRAMEWORK.test(path.basename(f)))
    .reduce((s, f) => s + gzipSize(readFileSync(f)), 0);
  widgetRows.push([`${label}: own code (gzip, React excluded)`, kb(own)]);
  widgetRows.push([`${label}: all JavaScript it adds when it hydrates (gzip, with React)`, kb(island?.bytes ?? 0)]);
  widgetRows.push([
    `${label}: page load to interactive (median of 5)`,
    ms(await timeToInteractive(origin + p, control)),
  ]);
}
const calendarChunk = walk(path.join(dist, '_astro')).find((f) => /\/dist\.[\w-]+\.js$/.test(f));
if (calendarChunk)
  widgetRows.push([
    'Recovery timeline: calendar library, loaded only on download (gzip)',
    kb(gzipSize(readFileSync(calendarChunk))),
  ]);
table('Widgets', widgetRows);

// --- Embeds ----------------------------------------------------------------------------------
const loader = readFileSync(path.join(dist, 'embed/v1/loader.js'));
const embedRows = [['Loader /embed/v1/loader.js (gzip)', kb(gzipSize(loader))]];
for (const widget of ['layer-depth', 'recovery-timeline']) {
  // A fresh context, so nothing comes from the cache of pages measured earlier.
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().catch(() => Buffer.alloc(0))));
  await page.goto(`${origin}/embed/${widget}/`, { waitUntil: 'networkidle' });
  // Every body is read before the context closes (closing first would drop some as empty).
  const bytes = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSize(body), 0);
  await context.close();
  embedRows.push([`Embed page /embed/${widget}/: bytes transferred (gzip)`, kb(bytes)]);
}
const clinic = createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end(
    `<!doctype html><title>Clinic</title><div data-skinpen-widget="layer-depth"></div><script src="${origin}/embed/v1/loader.js" defer></script>`,
  );
}).listen(4393);
const hostTimes = [];
for (let i = 0; i < 5; i++) {
  const page = await browser.newPage();
  await page.goto('http://localhost:4393/');
  const frame = await (await page.waitForSelector('iframe.skinpen-frame')).contentFrame();
  await frame.waitForFunction(() => {
    const el = document.querySelector('[data-widget="layer-depth"] input[type="range"]');
    return el && !el.hasAttribute('disabled');
  });
  hostTimes.push(await page.evaluate(() => performance.now()));
  await page.close();
}
clinic.close();
embedRows.push(['Host page load to interactive widget in the iframe (median of 5)', ms(median(hostTimes))]);
table('Clinic embeds', embedRows);

/** A phone-sized page on Lighthouse's mobile profile: slow 4G and a 4x slower CPU. */
async function throttledPhonePage() {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

// --- Clinic aftercare kit -------------------------------------------------------------------
/** Bytes a page transfers until the network is idle (gzip), in a fresh context with nothing cached. */
async function pageBytes(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().catch(() => Buffer.alloc(0))));
  await page.goto(url, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSize(body), 0);
  await context.close();
  return bytes;
}
/** The QR code's link, opened on a throttled phone (slow 4G, 4x slower CPU): ms until the timeline's slider works. */
async function qrToInteractive(url) {
  const page = await throttledPhonePage();
  await page.goto(url);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-widget="recovery-timeline"] input[type="range"]');
    return el && !el.hasAttribute('disabled') && document.querySelector('[data-session-day]') !== null;
  });
  const elapsed = await page.evaluate(() => performance.now());
  await page.context().close();
  return elapsed;
}
const sessionDay = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
const qrUrl = `${origin}/my-recovery/#skinpen=1&date=${sessionDay}&name=Bright%20Skin&phone=(555)%20010-2000`;
const qrTimes = [];
for (let i = 0; i < 3; i++) qrTimes.push(await qrToInteractive(qrUrl));
table('Clinic aftercare kit', [
  [
    'Kit page /for-clinics/aftercare-kit/: bytes transferred (gzip)',
    kb(await pageBytes(`${origin}/for-clinics/aftercare-kit/`)),
  ],
  ['QR page /my-recovery/: bytes transferred (gzip)', kb(await pageBytes(qrUrl))],
  ['QR link to an interactive timeline at day N, slow 4G and 4x slower CPU (median of 3)', ms(median(qrTimes))],
]);
table('WordPress', await wordpressRows(browser));

// --- Search ----------------------------------------------------------------------------------
/** Types a query into the open search dialog; ms until its results show, timed in the page. */
const timeQuery = (page, query) => page.evaluate(typeQueryAndTime, query);
const cases = JSON.parse(readFileSync('tests/e2e/search-queries.json', 'utf8'));
const searchPage = await browser.newPage();
const firstSearchBodies = [];
searchPage.on('response', (r) => {
  if (r.url().includes('/pagefind/')) firstSearchBodies.push(r.body().catch(() => Buffer.alloc(0)));
});
await searchPage.goto(`${origin}/`);
await searchPage.keyboard.press('/');
// A person reads the dialog before typing; the index warms meanwhile.
await searchPage.waitForTimeout(500);
const firstTimes = [await timeQuery(searchPage, 'redness')];
await searchPage.waitForLoadState('networkidle');
for (let i = 0; i < 4; i++) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.keyboard.press('/');
  await page.waitForTimeout(500);
  firstTimes.push(await timeQuery(page, 'redness'));
  await page.close();
}
const firstResultMs = median(firstTimes);
const firstBytes = (await Promise.all(firstSearchBodies)).reduce((sum, body) => sum + gzipSize(body), 0);
const times = [];
let top1 = 0;
let top3 = 0;
for (const c of cases) {
  const elapsed = await timeQuery(searchPage, c.query);
  times.push(elapsed);
  const urls = await searchPage.$$eval('#search-dialog-results [role="option"]', (els) =>
    els.slice(0, 3).map((e) => new URL(e.getAttribute('data-url') ?? '', location.href).pathname),
  );
  const wanted = c.expect.map((e) => new URL(e, 'http://x').pathname);
  if (urls[0] && wanted.includes(urls[0])) top1 += 1;
  if (urls.some((u) => wanted.includes(u))) top3 += 1;
}
await searchPage.close();

/** First search on a throttled phone: Lighthouse's mobile slow-4G network and 4x CPU slowdown. */
async function firstSearchThrottled(pauseMs = 0) {
  const page = await throttledPhonePage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.keyboard.press('/');
  if (pauseMs) await page.waitForTimeout(pauseMs);
  const elapsed = await timeQuery(page, 'redness');
  await page.close();
  return elapsed;
}
const throttled = [];
const throttledAfterPause = [];
for (let i = 0; i < 3; i++) {
  throttled.push(await firstSearchThrottled());
  throttledAfterPause.push(await firstSearchThrottled(1000));
}

table(`Search (${cases.length} realistic queries, typed into the search dialog)`, [
  ['Relevance: answer is the first result', `${((100 * top1) / cases.length).toFixed(0)}%`],
  ['Relevance: answer in the top three', `${((100 * top3) / cases.length).toFixed(0)}%`],
  ['First search, typed 0.5 s after opening the dialog: keystroke to results (median of 5)', ms(firstResultMs)],
  ['The same on slow 4G with a 4x slower CPU, typed at once (median of 3)', ms(median(throttled))],
  ['The same on slow 4G, typed 1 s after opening (median of 3)', ms(median(throttledAfterPause))],
  ['Later queries, keystroke to results: median', `${median(times).toFixed(1)} ms`],
  ['Later queries, keystroke to results: 95th percentile', `${p95(times).toFixed(1)} ms`],
  ['Bytes a first search downloads (runtime + index chunks, gzip)', kb(firstBytes)],
  ['Index size (dist/pagefind, uncompressed)', kb(sizeOf(path.join(dist, 'pagefind')))],
]);

// --- Spanish ---------------------------------------------------------------------------------
/** Bytes a fresh visit to `p` transfers before any interaction (gzip, every response). */
async function bytesOnLoad(p) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().catch(() => Buffer.alloc(0))));
  await page.goto(origin + p, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSize(body), 0);
  await context.close();
  return bytes;
}
const spanishRows = [];
for (const [label, p] of [
  ['Spanish home page /es/', '/es/'],
  ['Spanish article /es/articles/what-is-skinpen/', '/es/articles/what-is-skinpen/'],
  ['Its English twin /articles/what-is-skinpen/', '/articles/what-is-skinpen/'],
  ['Spanish search page /es/search/', '/es/search/'],
]) {
  spanishRows.push([`${label}: bytes on load (gzip)`, kb(await bytesOnLoad(p))]);
  spanishRows.push([
    `${label}: JavaScript before any interaction (gzip)`,
    kb(await scriptsBeforeInteraction(origin + p)),
  ]);
}
// The Spanish index is its own (Pagefind splits by <html lang>), so its first search is timed on its own.
const esFirstTimes = [];
const esFirstBodies = [];
for (let i = 0; i < 5; i++) {
  const page = await browser.newPage();
  if (i === 0)
    page.on('response', (r) => {
      if (r.url().includes('/pagefind/')) esFirstBodies.push(r.body().catch(() => Buffer.alloc(0)));
    });
  await page.goto(`${origin}/es/`);
  await page.keyboard.press('/');
  await page.waitForTimeout(500);
  esFirstTimes.push(await timeQuery(page, 'agujas'));
  if (i === 0) await page.waitForLoadState('networkidle');
  await page.close();
}
spanishRows.push([
  'First search on a Spanish page, typed 0.5 s after opening: keystroke to results (median of 5)',
  ms(median(esFirstTimes)),
]);
spanishRows.push([
  'Bytes a first Spanish search downloads (runtime + Spanish index chunks, gzip)',
  kb((await Promise.all(esFirstBodies)).reduce((sum, body) => sum + gzipSize(body), 0)),
]);
// The Spanish relevance suite, over the queries whose answers are translated so far.
const esCases = JSON.parse(readFileSync('tests/e2e/search-queries.es.json', 'utf8'))
  .map((c) => ({ ...c, expect: c.expect.filter((p) => existsSync(path.join(dist, p, 'index.html'))) }))
  .filter((c) => c.expect.length > 0);
const esPage = await browser.newPage();
await esPage.goto(`${origin}/es/`);
await esPage.keyboard.press('/');
let esTop3 = 0;
for (const c of esCases) {
  await timeQuery(esPage, c.query);
  const urls = await esPage.$$eval('#search-dialog-results [role="option"]', (els) =>
    els.slice(0, 3).map((e) => new URL(e.getAttribute('data-url') ?? '', location.href).pathname),
  );
  if (urls.some((u) => c.expect.includes(u))) esTop3 += 1;
}
await esPage.close();
spanishRows.push([
  `Spanish relevance: answer in the top three (${esCases.length} queries with a translated answer)`,
  esCases.length ? `${((100 * esTop3) / esCases.length).toFixed(0)}%` : 'none yet',
]);
for (const f of readdirSync('src/content/articles-es').filter((n) => n.endsWith('.mdx'))) {
  const slug = f.replace(/\.mdx$/, '');
  const file = path.join(dist, 'es/articles', slug, 'index.html');
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  const score = /data-reading-score="([\d.-]+)"/.exec(html)?.[1] ?? '?';
  spanishRows.push([`Reading level (INFLESZ, higher is easier): ${slug}`, score]);
}
table('Spanish site', spanishRows);

// --- Articles --------------------------------------------------------------------------------
const articleRows = [];
for (const f of readdirSync('src/content/articles')
  .filter((n) => n.endsWith('.mdx'))
  .sort()) {
  const slug = f.replace(/\.mdx$/, '');
  const html = readFileSync(path.join(dist, 'articles', slug, 'index.html'), 'utf8');
  const grade = /data-reading-grade="([\d.-]+)"/.exec(html)?.[1] ?? '?';
  const words = /data-words="(\d+)"/.exec(html)?.[1] ?? '?';
  articleRows.push([slug, `grade ${grade}, ${words} words`]);
}
table('Articles: reading grade (Flesch–Kincaid, rendered prose) and word count', articleRows);

await browser.close();
server.close();

// --- Lighthouse and scale ---------------------------------------------------------------------
if (!quick) {
  if (existsSync('tests/bench/lighthouse.mjs')) {
    const { lighthouseTable } = await import('./lighthouse.mjs');
    console.log('\nLighthouse (mobile emulation, median of 3 runs)');
    await lighthouseTable({ dist });
  }
  const { scaleTable } = await import('./scale.mjs');
  console.log('\nScale: build and search with generated articles (social cards off)');
  await scaleTable([100, 1000, 3000]);
}
