// What search engines and link previews see: canonical URLs, Open Graph and Twitter tags,
// a social card per article, the sitemap and robots.txt.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, listSitemapPaths } from './support/site';

const articleSlugs = readdirSync('src/content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

test('the sitemap lists every article and leaves out the 404 page', () => {
  const paths = listSitemapPaths();
  for (const slug of articleSlugs) expect(paths).toContain(`/articles/${slug}/`);
  expect(paths).not.toContain('/404/');
  expect(paths.some((p) => p.startsWith('/embed/'))).toBe(false);
  const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/User-agent: \*/);
});

test('every article has a canonical URL, Open Graph and Twitter tags, and a 1200×630 social card', async ({
  page,
  request,
}) => {
  for (const slug of articleSlugs) {
    await page.goto(`/articles/${slug}/`);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), slug).toMatch(
      new RegExp(`/articles/${slug}/$`),
    );
    expect(await meta('meta[property="og:title"]'), slug).toBeTruthy();
    expect(await meta('meta[property="og:description"]'), slug).toBeTruthy();
    expect(await meta('meta[property="og:type"]'), slug).toBe('article');
    expect(await meta('meta[name="twitter:card"]'), slug).toBe('summary_large_image');
    const image = await meta('meta[property="og:image"]');
    expect(image, slug).toMatch(new RegExp(`/og/${slug}\\.png$`));
    const png = await (await request.get(new URL(image ?? '').pathname)).body();
    // PNG signature, then the IHDR chunk's width and height as big-endian integers.
    expect(png.subarray(1, 4).toString('latin1'), slug).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], slug).toEqual([1200, 630]);
  }
});
