// Lighthouse benchmark: the npm `lighthouse` package drives the system Chromium (mobile
// emulation, Lighthouse's defaults: Moto G Power screen, simulated slow 4G and 4x CPU
// slowdown) over the built site served on loopback. Each page is run `runs` times; every figure
// in the table is the median of its runs. Embed pages are noindex, so SEO is not counted there.
//
//   node tests/bench/lighthouse.mjs [distDir] [/page/ …]   (dist/ and every page by default)
//
// or `import { lighthouseTable } from './lighthouse.mjs'` from another script.
//
// Nothing here needs the internet: the site makes no external requests, Chromium runs with
// background networking and component updates off, and every audit in Lighthouse's default
// config works against a loopback origin (robots.txt and the like are fetched from the local
// server), so no audit has been disabled.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/find-chromium.mjs';
import { serveDirectory } from '../support/static-server.mjs';

/** The pages the issue asks for, in table order. */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/articles/aftercare/',
  '/articles/how-microneedling-works/',
  '/articles/recovery-day-by-day/',
  '/articles/results-and-sessions/',
  '/search/',
  '/embed/layer-depth/',
  '/embed/recovery-timeline/',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const isEmbed = (pagePath) => pagePath.startsWith('/embed/');

function median(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!numbers.length) return null;
  const mid = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
}

const score = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? null;

/** Audits that cost a category points in one run: weighted, scored and below 1. */
function lostAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < 1)
    .map(({ ref, audit }) => ({ id: ref.id, title: audit.title, score: audit.score, weight: ref.weight }));
}

function printTable(rows) {
  const fmt = (v, digits = 0) => (v == null ? '–' : typeof v === 'string' ? v : v.toFixed(digits));
  const header = ['page', 'perf', 'a11y', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS'];
  const body = rows.map((r) => [
    r.page,
    fmt(r.performance),
    fmt(r.accessibility),
    fmt(r.bestPractices),
    fmt(r.seo),
    fmt(r.lcp),
    fmt(r.tbt),
    fmt(r.cls, 3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const cells of body) console.log(line(cells));
}

function printLostAudits(rows) {
  const names = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best practices', seo: 'SEO' };
  const lines = [];
  for (const row of rows) {
    for (const [categoryId, audits] of Object.entries(row.lostAudits)) {
      if (!audits.length) continue;
      lines.push(`  ${row.page} — ${names[categoryId]}:`);
      for (const a of audits) {
        lines.push(
          `    ${a.id} (${a.title}): score ${a.score.toFixed(2)}, weight ${a.weight}, in ${a.runs}/${row.runs} runs`,
        );
      }
    }
  }
  console.log(
    lines.length ? `\nAudits that lost points (categories below 100)\n${lines.join('\n')}` : '\nNo audit lost points.',
  );
}

/**
 * Runs Lighthouse `runs` times on each page of the built site in `dist`, prints a table of the
 * medians (and the audits that cost points) and returns the rows.
 * @param {{ dist: string, port?: number, runs?: number, pages?: string[] }} options
 */
export async function lighthouseTable({ dist, port = 4392, runs = 3, pages = LIGHTHOUSE_PAGES }) {
  const root = path.resolve(dist);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`No built site in ${root}: run a build first.`);
  const chromePath = findChromium();
  if (!chromePath) throw new Error(NO_CHROMIUM_MESSAGE);

  const server = await serveDirectory(root, port);
  // One Chromium for every run: Lighthouse opens a fresh tab and clears the origin's cache
  // and storage before each navigation, so runs stay independent.
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  // Simulated throttling scales the CPU time Chromium really spent, so other work on the
  // machine inflates TBT (and with it the performance score): say so when the machine is busy.
  const load = () => loadavg()[0].toFixed(1);
  const cores = availableParallelism();
  const busy = () => loadavg()[0] > cores;
  if (busy())
    console.log(`  warning: load average ${load()} on ${cores} cores; performance figures will be pessimistic`);
  const loadAtStart = load();
  const total = pages.length * runs;
  const started = performance.now();
  const rows = [];
  try {
    let done = 0;
    for (const pagePath of pages) {
      const url = `http://127.0.0.1:${port}${pagePath}`;
      const categories = isEmbed(pagePath) ? CATEGORIES.filter((c) => c !== 'seo') : CATEGORIES;
      const results = [];
      for (let run = 1; run <= runs; run++) {
        const t0 = performance.now();
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
          maxWaitForLoad: 30_000,
          // The full-page screenshot only feeds the HTML report's element thumbnails; skipping
          // it saves about 2.5 s a run and changes no score.
          disableFullPageScreenshot: true,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
        if (lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        results.push(lhr);
        done++;
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        const scores = categories.map((c) => score(lhr, c)).join('/');
        console.log(
          `  [${String(done).padStart(String(total).length)}/${total}] ${pagePath} run ${run}/${runs}: ${scores} (${seconds} s)`,
        );
        for (const warning of lhr.runWarnings ?? []) console.log(`      warning: ${String(warning).split('\n')[0]}`);
      }

      const lost = {};
      for (const categoryId of categories) {
        const categoryMedian = median(results.map((lhr) => score(lhr, categoryId)));
        if (categoryMedian == null || categoryMedian >= 100) continue;
        const byId = new Map();
        for (const lhr of results) {
          for (const a of lostAudits(lhr, categoryId)) {
            const seen = byId.get(a.id) ?? { ...a, scores: [], runs: 0 };
            seen.scores.push(a.score);
            seen.runs++;
            byId.set(a.id, seen);
          }
        }
        lost[categoryId] = [...byId.values()]
          .map(({ scores, ...a }) => ({ ...a, score: median(scores) }))
          .sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score));
      }

      rows.push({
        page: pagePath,
        runs: results.length,
        performance: median(results.map((lhr) => score(lhr, 'performance'))),
        accessibility: median(results.map((lhr) => score(lhr, 'accessibility'))),
        bestPractices: median(results.map((lhr) => score(lhr, 'best-practices'))),
        seo: isEmbed(pagePath) ? 'n/a' : median(results.map((lhr) => score(lhr, 'seo'))),
        lcp: median(results.map((lhr) => metric(lhr, 'largest-contentful-paint'))),
        tbt: median(results.map((lhr) => metric(lhr, 'total-blocking-time'))),
        cls: median(results.map((lhr) => metric(lhr, 'cumulative-layout-shift'))),
        lostAudits: lost,
      });
    }
  } finally {
    chrome.kill();
    await new Promise((resolve) => server.close(resolve));
  }

  console.log(
    `\nLighthouse — mobile emulation, median of ${runs} run${runs === 1 ? '' : 's'} per page ` +
      `(${((performance.now() - started) / 1000).toFixed(0)} s in all; load average ${loadAtStart} at start, ${load()} at end, ${cores} cores)\n`,
  );
  printTable(rows);
  printLostAudits(rows);
  return rows;
}

const runDirectly = import.meta.main ?? import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (runDirectly) {
  const [distArg, ...pageArgs] = process.argv.slice(2);
  const dist = path.resolve(distArg ?? 'dist');
  console.log(`Lighthouse on ${dist}`);
  try {
    await lighthouseTable({ dist, ...(pageArgs.length > 0 ? { pages: pageArgs } : {}) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
