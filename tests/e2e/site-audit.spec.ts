// Whole-site checks on the built output: accessibility (axe) on every page in both colour
// schemes, HTML validity of every page, and no broken internal link or fragment.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { distDir, fileToUrlPath, listBuiltHtml, listSitemapPaths } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Embed pages are kept out of the sitemap, so they are added here, once with a faint brand colour
// that the embed must adjust to keep its links readable.
const pages = [
  ...listSitemapPaths(),
  '/404.html',
  '/es/404/',
  '/embed/layer-depth/',
  '/embed/recovery-timeline/?planner=true',
  '/embed/layer-depth/?accent=%23ffee00&concern=acne-scars',
  '/embed/recovery-timeline/?accent=%23202020&lang=es',
];

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page passes axe (WCAG 2.2 A and AA) in the ${scheme} scheme`, async ({ page }) => {
      test.setTimeout(pages.length * 12_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const p of pages) {
        await page.goto(p);
        const { violations } = await new AxeBuilder({ page })
          .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] })
          .analyze();
        for (const v of violations)
          problems.push(`${p}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

test('every built page is valid HTML', async () => {
  // About 200 pages in two languages: a few seconds alone, far longer on a busy machine.
  test.setTimeout(180_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = listBuiltHtml();
  expect(files.length).toBeGreaterThan(10);
  const failures: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(distDir, file));
    if (!report.valid) failures.push(formatterFactory('text')(report.results));
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('no internal link or fragment is broken', () => {
  const files = listBuiltHtml();
  const idsByPath = new Map<string, Set<string>>();
  const htmlByPath = new Map<string, string>();
  for (const file of files) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const urlPath = fileToUrlPath(file);
    htmlByPath.set(urlPath, html);
    idsByPath.set(urlPath, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
  }
  const broken: string[] = [];
  for (const [from, page] of htmlByPath) {
    // Code inside scripts is not markup: its template strings are not links.
    const html = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const value = (raw ?? '').replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|#$)/.test(value) || value === '') continue;
      const url = new URL(value, `http://site${from}`);
      if (url.host !== 'site') continue;
      const target = decodeURIComponent(url.pathname);
      const isPage = htmlByPath.has(target);
      const isFile = existsSync(path.join(distDir, target)) && !target.endsWith('/');
      if (!isPage && !isFile) {
        broken.push(`${from}: ${attr}="${value}" points to a missing page`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && isPage && !idsByPath.get(target)?.has(fragment))
        broken.push(`${from}: ${attr}="${value}" has no #${fragment}`);
    }
  }
  expect(broken, broken.join('\n')).toEqual([]);
});
