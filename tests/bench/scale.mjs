// Scale benchmark: builds the site with N generated articles added to the real ones and
// reports build time, time per article, index size and search time at each N.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium.mjs';
import { serveDirectory } from '../support/static-server.mjs';

const SECTIONS = ['understand', 'decide', 'prepare', 'recover', 'results', 'safety', 'about'];
const realDir = path.resolve('src/content/articles');
const realBodies = readdirSync(realDir).map((f) =>
  readFileSync(path.join(realDir, f), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
);
const ALL_SOURCES = Array.from({ length: 96 }, (_, i) => `ref-${i + 1}`).join(', ');
const sizeOf = (dir) =>
  readdirSync(dir).reduce((s, n) => {
    const f = path.join(dir, n);
    return s + (statSync(f).isDirectory() ? sizeOf(f) : statSync(f).size);
  }, 0);

/** A generated article: a real body, renamed, with a unique marker word so the index grows like real content. */
function syntheticArticle(i) {
  const body = realBodies[i % realBodies.length].replace(/<(LayerDepth|RecoveryTimeline|SeriesPlanner) \/>/g, '');
  return `---
title: "Synthetic article ${i}"
description: "A generated article used only to measure how the build and search scale with the number of pages."
section: ${SECTIONS[i % SECTIONS.length]}
order: ${100 + i}
lastReviewed: 2026-11-25
nextReview: 2027-05-25
reviewedBy: "Benchmark"
sources: [${ALL_SOURCES}]
keywords: ["synthetic${i}"]
draft: false
---

Marker word zzsynthetic${i} for this page.

${body}`;
}

/** Builds with N extra articles; returns timings and sizes. */
export async function runScale(n, browser) {
  const work = mkdtempSync(path.join(tmpdir(), `skinpen-scale-${n}-`));
  const articles = path.join(work, 'articles');
  const out = path.join(work, 'dist');
  mkdirSync(articles);
  cpSync(realDir, articles, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(path.join(articles, `synthetic-${i}.mdx`), syntheticArticle(i));
  // Astro caches content between builds; a cache from another generated folder breaks the build.
  for (const cache of ['.astro', 'node_modules/.astro']) rmSync(path.resolve(cache), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out, '--site', 'http://localhost:4321'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        SKINPEN_ARTICLES_DIR: articles,
        SKINPEN_SOCIAL_CARDS: 'off',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`scale build with ${n} articles failed:\n${result.stderr.slice(-3000)}`);
  const total = n + realBodies.length;
  const indexKb = sizeOf(path.join(out, 'pagefind')) / 1024;
  const server = await serveDirectory(out, 4391);
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4391/search/');
  const times = await page.evaluate(
    async (queries) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      await pf.search('warm up');
      const out = [];
      for (const q of queries) {
        const t = performance.now();
        const r = await pf.search(q);
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        out.push(performance.now() - t);
      }
      return out.sort((a, b) => a - b);
    },
    [
      'redness',
      'numbing cream',
      'how many sessions',
      'sunscreen',
      'accutane',
      'stretch marks',
      'zzsynthetic7',
      'collagen',
    ],
  );
  await page.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
  return {
    n,
    total,
    seconds,
    perArticleMs: (seconds * 1000) / total,
    indexKb,
    searchMs: times[Math.floor(times.length / 2)],
  };
}

export async function scaleTable(sizes) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const rows = [];
  for (const n of sizes) {
    process.stdout.write(`  building with ${n} generated articles…\n`);
    rows.push(await runScale(n, browser));
  }
  await browser.close();
  for (const cache of ['.astro', 'node_modules/.astro']) rmSync(path.resolve(cache), { recursive: true, force: true });
  console.log('\n  Generated articles | Articles in all | Build time | Per article | Pagefind index | Median search');
  for (const r of rows) {
    console.log(
      `  ${String(r.n).padStart(18)} | ${String(r.total).padStart(15)} | ${r.seconds.toFixed(1).padStart(8)} s | ${r.perArticleMs.toFixed(1).padStart(8)} ms | ${r.indexKb.toFixed(0).padStart(11)} KB | ${r.searchMs.toFixed(1).padStart(10)} ms`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  await scaleTable(sizes.length ? sizes : [100, 1000, 3000]);
}
