// The Spanish relevance suite: realistic queries from Spanish-speaking patients (everyday words,
// regional words, brand names, words typed without accents), each naming the pages that answer
// it, run through the Spanish search page against the built Spanish index. Only the queries whose
// answers have been translated can be asked yet; at least 90% of those must find an answer in
// the top three. As translations land, more of the file runs, and all of it once the guide is in Spanish.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { distDir } from './support/site';

interface RelevanceCase {
  query: string;
  expect: string[];
  kind: string;
}
const cases = JSON.parse(readFileSync('tests/e2e/search-queries.es.json', 'utf8')) as RelevanceCase[];
const articleSlugs = new Set(readdirSync('src/content/articles').map((f) => f.replace(/\.mdx$/, '')));
const glossaryIds = new Set(
  (parse(readFileSync('src/content/glossary/glossary.yaml', 'utf8')) as { id: string }[]).map((e) => e.id),
);
const isBuilt = (p: string) => existsSync(path.join(distDir, p, 'index.html'));

test('the Spanish query file holds at least 50 queries, each naming Spanish pages of real articles or terms', () => {
  expect(cases.length).toBeGreaterThanOrEqual(50);
  const wrong = cases.flatMap((c) =>
    c.expect
      .filter((p) => {
        const article = /^\/es\/articles\/([a-z0-9-]+)\/$/.exec(p)?.[1];
        const term = /^\/es\/glossary\/([a-z0-9-]+)\/$/.exec(p)?.[1];
        return !(article && articleSlugs.has(article)) && !(term && glossaryIds.has(term));
      })
      .map((p) => `"${c.query}": ${p}`),
  );
  expect(wrong, wrong.join('\n')).toEqual([]);
});

test('at least 90% of the Spanish queries whose answers are translated find one in the top three', async ({ page }) => {
  test.setTimeout(120_000);
  const runnable = cases.map((c) => ({ ...c, expect: c.expect.filter(isBuilt) })).filter((c) => c.expect.length > 0);
  expect(runnable.length, 'no Spanish query has a translated answer yet').toBeGreaterThan(0);
  await page.goto('/es/search/');
  const box = page.getByRole('combobox', { name: 'Buscar', exact: true });
  const status = page.getByRole('main').getByRole('status');
  const options = page.getByRole('listbox', { name: 'Resultados de la búsqueda' }).getByRole('option');
  const misses: string[] = [];
  let top1 = 0;
  for (const c of runnable) {
    await box.fill(c.query);
    await expect(status).toContainText(`“${c.query}”`);
    const got = (await options.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-url') ?? ''))).map(
      (u) => new URL(u, 'http://site').pathname,
    );
    if (got[0] && c.expect.includes(got[0])) top1 += 1;
    if (!got.some((g) => c.expect.includes(g)))
      misses.push(`  "${c.query}" (${c.kind}): wanted ${c.expect.join(' or ')}, got ${got.join(', ') || 'nothing'}`);
  }
  const rate = (runnable.length - misses.length) / runnable.length;
  console.log(
    `Spanish relevance: ${runnable.length} of ${cases.length} queries have a translated answer; top-1 ${((100 * top1) / runnable.length).toFixed(0)}%, top-3 ${(100 * rate).toFixed(0)}%`,
  );
  if (misses.length) console.log(`Misses:\n${misses.join('\n')}`);
  expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});
