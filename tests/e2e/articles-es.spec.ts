// Every published Spanish article as rendered: its reading level by the Spanish formula (INFLESZ),
// shown on the page and held to the target in src/lib/reading-level.ts; its sources the same as
// its original's; its structure; and the Spanish wording rules (US number format, tú, "autorizado").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { median } from '../../src/lib/readability';
import { measureSpanishReadability } from '../../src/lib/readability-es';
import { SPANISH_READING_TARGET } from '../../src/lib/reading-level';
import { readFrontmatter } from '../../src/lib/translation';
import { readProse } from './support/prose';

// Each test reads every Spanish article (19 of them, and their originals): minutes on a busy two-core machine.
test.describe.configure({ timeout: 360_000 });

const dir = 'src/content/articles-es';
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: readFrontmatter(readFileSync(path.join(dir, f), 'utf8')) }))
  .filter((a) => a.data['draft'] !== true);

test('there is at least one published Spanish article, and each has an English original', () => {
  expect(articles.length).toBeGreaterThanOrEqual(1);
  for (const a of articles) expect(readdirSync('src/content/articles'), a.slug).toContain(`${a.slug}.mdx`);
});

test(`reading level: INFLESZ median ${SPANISH_READING_TARGET.median} or more and none below ${SPANISH_READING_TARGET.minimum}, as shown on each page`, async ({
  page,
}) => {
  const scores: number[] = [];
  const report: string[] = [];
  for (const a of articles) {
    await page.goto(`/es/articles/${a.slug}/`, { waitUntil: 'domcontentloaded' });
    const stats = measureSpanishReadability(await readProse(page, { skip: '.help-tiers', drop: '.timing' }));
    scores.push(stats.score);
    report.push(`${a.slug}: INFLESZ ${stats.score} (${stats.band}, ${stats.words} words)`);
    const shown = page.locator('[data-reading-formula="inflesz"]');
    await expect(shown).toHaveText(/^Nivel de lectura: .+ \(\d+ de 100 en la escala INFLESZ\)$/);
    const value = Number(await shown.getAttribute('data-reading-score'));
    expect(Math.abs(value - stats.score), `${a.slug} shows ${value}, measured ${stats.score}`).toBeLessThanOrEqual(1);
    expect(stats.score, `${a.slug} is below INFLESZ ${SPANISH_READING_TARGET.minimum}`).toBeGreaterThanOrEqual(
      SPANISH_READING_TARGET.minimum,
    );
    expect(stats.words, `${a.slug} is too short to be an article`).toBeGreaterThan(150);
  }
  console.log(report.join('\n'));
  expect(median(scores)).toBeGreaterThanOrEqual(SPANISH_READING_TARGET.median);
});

test('every Spanish article lists the same sources as its original, and has one h1 and no skipped heading level', async ({
  page,
}) => {
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}/`, { waitUntil: 'domcontentloaded' });
    const english = await page
      .locator('#sources-title + ol > li a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    await page.goto(`/es/articles/${a.slug}/`, { waitUntil: 'domcontentloaded' });
    const spanish = await page
      .locator('#sources-title + ol > li a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(spanish, a.slug).toEqual(english);
    const levels = await page
      .locator('main h1, main h2, main h3, main h4, main h5, main h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(
      levels.filter((l) => l === 1),
      a.slug,
    ).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1), `${a.slug}: heading ${i}`).toBeLessThanOrEqual(1);
    });
  }
});

test('Spanish articles use US number formats, tú, and "autorizado" for cleared', async ({ page }) => {
  const rules: [RegExp, string][] = [
    [/\b\d+,\d{1,2}\s?(mm|%)/, 'a decimal comma reads as thousands to US readers: write 0.25 mm'],
    [/\b(usted|ustedes)\b/i, 'the site uses tú throughout'],
    [/\baprobad[oa]s? por la FDA\b/i, 'say "autorizado por la FDA": SkinPen is cleared, not approved'],
    [/\bno invasiv[oa]\b/i, 'say "mínimamente invasivo"'],
  ];
  const problems: string[] = [];
  for (const a of articles) {
    await page.goto(`/es/articles/${a.slug}/`, { waitUntil: 'domcontentloaded' });
    const text = (await page.locator('article .prose').textContent()) ?? '';
    for (const [pattern, why] of rules)
      if (pattern.test(text)) problems.push(`${a.slug}: "${pattern.exec(text)?.[0]}": ${why}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
