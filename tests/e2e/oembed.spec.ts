// Pasting an embed URL keeps its options: every embed URL with options in its path is a page
// whose oEmbed answer frames the embed page with those options as a query (what WordPress puts
// in its iframe), and a person who opens one lands on that page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, fileToUrlPath, listBuiltHtml } from './support/site';

/** The attribute of the first tag in `html` matching `tag`, HTML entities for & decoded. */
function attr(html: string, tag: RegExp, name: string): string | undefined {
  const element = tag.exec(html)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1]?.replace(/&amp;/g, '&');
}

test('every embed page, path variants included, discovers an oEmbed answer that frames it with its options', () => {
  const pages = listBuiltHtml().filter((f) => /^embed\/(layer-depth|recovery-timeline)\//.test(f));
  const variants = pages.filter((f) => !/^embed\/[^/]+\/index\.html$/.test(f));
  expect(variants).toEqual(
    expect.arrayContaining(['embed/recovery-timeline/es/planner/index.html', 'embed/layer-depth/es/neck/index.html']),
  );
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const where = fileToUrlPath(file);
    const discovery = attr(html, /<link[^>]*type="application\/json\+oembed"[^>]*>/, 'href');
    const json = discovery ? path.join(distDir, new URL(discovery).pathname) : '';
    if (!discovery || !existsSync(json)) {
      problems.push(`${where}: no oEmbed file behind ${discovery}`);
      continue;
    }
    const answer = JSON.parse(readFileSync(json, 'utf8')) as { html: string; width: number; height: number };
    const frameSrc = attr(answer.html, /<iframe[^>]*>/, 'src');
    const canonical = attr(html, /<link[^>]*rel="canonical"[^>]*>/, 'href');
    const segments = where.split('/').filter(Boolean).slice(2);
    const expected = new URL(canonical ?? '');
    // The canonical URL of a variant is the embed page with its path options as a query.
    if (
      segments.length > 0 &&
      (expected.pathname !== `/${where.split('/')[1]}/${where.split('/')[2]}/` || !expected.search)
    )
      problems.push(`${where}: canonical ${canonical}`);
    if (frameSrc !== canonical) problems.push(`${where}: frames ${frameSrc}, canonical ${canonical}`);
    if (attr(answer.html, /<iframe[^>]*>/, 'width') !== String(answer.width)) problems.push(`${where}: width`);
    if (attr(answer.html, /<iframe[^>]*>/, 'height') !== String(answer.height)) problems.push(`${where}: height`);
    if (!answer.html.startsWith('<blockquote><a href=')) problems.push(`${where}: no fallback link for WordPress`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a path variant opened in a browser lands on the embed with those options', async ({ page }) => {
  await page.goto('/embed/recovery-timeline/es/planner/day-3/');
  await page.waitForURL(/\/embed\/recovery-timeline\/\?lang=es&planner=true&day=3$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByLabel('Fecha de tu primera sesión')).toBeVisible();
  await page.goto('/embed/layer-depth/es/neck/');
  await page.waitForURL(/\/embed\/layer-depth\/\?lang=es&region=neck$/);
  await expect(page.getByLabel('Zona de la cara o del cuerpo')).toHaveValue('neck');
});
