// Runs every query of the relevance suite against the built Pagefind index in Chromium and
// requires at least 90% to have an expected answer in the top three results.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

interface RelevanceCase {
  query: string;
  expect: string[];
  kind: string;
}
const cases = JSON.parse(readFileSync('tests/e2e/search-queries.json', 'utf8')) as RelevanceCase[];
const pathOnly = (url: string) => new URL(url, 'http://site').pathname;

test('at least 90% of realistic patient queries find an answer in the top three', async ({ page }) => {
  test.setTimeout(120_000);
  expect(cases.length).toBeGreaterThanOrEqual(50);
  await page.goto('/search/');
  // Through the real search box, so the suite measures what readers get.
  const box = page.getByRole('combobox', { name: 'Search for' });
  const status = page.getByRole('main').getByRole('status');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const results: string[][] = [];
  for (const c of cases) {
    await box.fill(c.query);
    await expect(status).toContainText(`“${c.query}”`);
    results.push(await options.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-url') ?? '')));
  }

  const misses: string[] = [];
  let top1 = 0;
  cases.forEach((c, i) => {
    const got = (results[i] ?? []).map(pathOnly);
    const wanted = c.expect.map(pathOnly);
    if (got[0] && wanted.includes(got[0])) top1 += 1;
    if (!got.some((g) => wanted.includes(g)))
      misses.push(`  "${c.query}" (${c.kind}): wanted ${wanted.join(' or ')}, got ${got.join(', ') || 'nothing'}`);
  });
  const top3Rate = (cases.length - misses.length) / cases.length;
  console.log(
    `Relevance: top-1 ${((100 * top1) / cases.length).toFixed(0)}%, top-3 ${(100 * top3Rate).toFixed(0)}% of ${cases.length} queries`,
  );
  if (misses.length) console.log(`Misses:\n${misses.join('\n')}`);
  expect(top3Rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});
