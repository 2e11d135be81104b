// Byte budgets (gzip) for every built page. Sizes are deterministic, so a breach fails the
// run and names the page and the bytes; times are measured by `npm run bench` instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { gzipSize, measurePage } from '../support/page-weight.mjs';
import { distDir, fileToUrlPath, listBuiltHtml } from './support/site';

const KB = 1024;
/** Shared framework files every React island loads; they count against no widget's own budget. */
const FRAMEWORK = /^(react|react-dom|client|jsx-runtime|rolldown-runtime|preload-helper|dist)\.[\w-]+\.js$/;
const BUDGETS = {
  jsWithoutIslands: 5 * KB,
  /** Tool pages run their tool on load (the search page, the clinics' snippet builder). */
  jsToolPage: 8 * KB,
  /**
   * An embed page is only the widget: React, the widget, its option parser and its props (inline JSON)
   * load at once (so does /my-recovery/, whose page is the timeline). Raised from 100 KB to 104 KB
   * for the clinic options (issue 14): their checks and the clinic-timing logic add 2.5 KB to the
   * timeline embed, which measured 101.0 KB before them.
   */
  jsEmbedPage: 104 * KB,
  jsBeforeInteraction: 8 * KB,
  css: 14 * KB,
  /**
   * The clinic kit is a staff tool, not a patient page: its form, sheet, QR encoder and the embed
   * snippets written from the profile (issue 14, +1.6 KB) ship together.
   */
  islandOwn: { 'layer-depth': 15 * KB, 'recovery-timeline': 20 * KB, 'clinic-kit': 18 * KB } as Record<string, number>,
  searchRuntime: 90 * KB,
};

const pages = listBuiltHtml().map((file) => ({
  file,
  url: fileToUrlPath(file),
  weight: measurePage(distDir, path.join(distDir, file)),
}));

test('pages stay within their JavaScript budget before interaction (5 KB without a widget, 8 KB on widget and tool pages, 104 KB on embed pages and my-recovery) and 14 KB of CSS', () => {
  const over: string[] = [];
  for (const { url, weight } of pages) {
    const jsLimit =
      url.startsWith('/embed/') || url === '/my-recovery/' || url === '/es/my-recovery/'
        ? BUDGETS.jsEmbedPage
        : ['/search/', '/es/search/', '/for-clinics/'].includes(url)
          ? BUDGETS.jsToolPage
          : weight.islands.length === 0
            ? BUDGETS.jsWithoutIslands
            : BUDGETS.jsBeforeInteraction;
    if (weight.jsBeforeInteraction > jsLimit)
      over.push(`${url}: ${weight.jsBeforeInteraction} B of JavaScript before interaction (budget ${jsLimit} B)`);
    if (weight.css > BUDGETS.css) over.push(`${url}: ${weight.css} B of CSS (budget ${BUDGETS.css} B)`);
  }
  expect(over, over.join('\n')).toEqual([]);
});

test("each widget's own code stays within its budget, React excluded", () => {
  const over: string[] = [];
  const seen = new Set<string>();
  for (const { url, weight } of pages) {
    for (const island of weight.islands) {
      const own = island.files.filter((f) => !FRAMEWORK.test(path.basename(f)));
      const bytes = own.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
      const widget = Object.keys(BUDGETS.islandOwn).find((name) =>
        island.component.toLowerCase().startsWith(name.replace('-', '')),
      );
      const limit = widget ? (BUDGETS.islandOwn[widget] ?? 0) : 15 * KB;
      seen.add(island.component);
      if (bytes > limit) over.push(`${url}: ${island.component} ships ${bytes} B of its own code (budget ${limit} B)`);
    }
  }
  expect(over, over.join('\n')).toEqual([]);
  expect(seen.size, 'no widget islands found in the build').toBeGreaterThan(0);
});

test('the search runtime a first search needs stays within 90 KB', () => {
  const files = ['pagefind.js', 'wasm.en.pagefind', 'pagefind-entry.json'].map((f) =>
    path.join(distDir, 'pagefind', f),
  );
  const bytes = files.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  expect(bytes, `search runtime is ${bytes} B`).toBeLessThanOrEqual(BUDGETS.searchRuntime);
});
