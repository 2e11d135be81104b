// Checks every published article as rendered in the browser: sources, reading level,
// structured data, heading order, and the wording rules of the fact sheet.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { measureReadability, median } from '../../src/lib/readability';
import { isRealCalendarDate } from '../../src/content/schemas';
import { readProse } from './support/prose';

test.describe.configure({ timeout: 120_000 });

const articleDir = 'src/content/articles';
const articles = readdirSync(articleDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(path.join(articleDir, f), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    return {
      slug: f.replace(/\.mdx$/, ''),
      raw: front,
      data: parse(front, { schema: 'core' }) as Record<string, unknown>,
    };
  })
  .filter((a) => a.data['draft'] !== true);
const referenceIds = new Set(
  (parse(readFileSync('src/content/references/references.yaml', 'utf8')) as { id: string }[]).map((r) => r.id),
);

test('there are at least 14 published articles', () => {
  expect(articles.length).toBeGreaterThanOrEqual(14);
});

test('every article cites at least 3 sources that exist, and its review dates are real dates', () => {
  const problems: string[] = [];
  for (const a of articles) {
    const sources = (a.data['sources'] as string[] | undefined) ?? [];
    if (sources.length < 3) problems.push(`${a.slug}: only ${sources.length} sources`);
    for (const id of sources) if (!referenceIds.has(id)) problems.push(`${a.slug}: unknown source ${id}`);
    for (const field of ['lastReviewed', 'nextReview']) {
      const value = String(a.data[field]);
      if (!isRealCalendarDate(value)) problems.push(`${a.slug}: ${field} "${value}" is not a real calendar date`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('reading level: the median article is grade 8 or lower and none is above 10, as shown on each page', async ({
  page,
}) => {
  const grades: string[] = [];
  const values: number[] = [];
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}/`);
    const stats = measureReadability(await readProse(page));
    values.push(stats.grade);
    grades.push(`${a.slug}: grade ${stats.grade} (${stats.words} words)`);
    const shown = Number(await page.locator('[data-reading-grade]').getAttribute('data-reading-grade'));
    expect(
      Math.abs(shown - stats.grade),
      `${a.slug} shows grade ${shown}, measured ${stats.grade}`,
    ).toBeLessThanOrEqual(1);
    expect(stats.grade, `${a.slug} is above grade 10`).toBeLessThanOrEqual(10);
    expect(stats.words, `${a.slug} is too short to be an article`).toBeGreaterThan(150);
  }
  console.log(grades.join('\n'));
  expect(median(values)).toBeLessThanOrEqual(8);
});

test('every article has well-formed MedicalWebPage JSON-LD and no skipped heading levels', async ({ page }) => {
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}/`);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const ld = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(ld['@context'], a.slug).toBe('https://schema.org');
    expect(ld['@type'], a.slug).toBe('MedicalWebPage');
    expect(ld['lastReviewed'], a.slug).toBe(String(a.data['lastReviewed']));
    expect(ld['reviewedBy'], a.slug).toMatchObject({ '@type': 'Organization', name: a.data['reviewedBy'] });
    expect(ld['about'], a.slug).toMatchObject({ '@type': 'MedicalProcedure' });
    expect(ld['url'], a.slug).toMatch(new RegExp(`/articles/${a.slug}/$`));

    const levels = await page
      .locator('main h1, main h2, main h3, main h4, main h5, main h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0], `${a.slug} starts with h1`).toBe(1);
    expect(
      levels.filter((l) => l === 1),
      `${a.slug} has one h1`,
    ).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0)
        expect(
          level - (levels[i - 1] ?? 1),
          `${a.slug}: heading ${i} jumps from h${levels[i - 1]} to h${level}`,
        ).toBeLessThanOrEqual(1);
    });
  }
});

test('articles use the fact sheet wording: cleared not approved, minimally invasive, no 12 needles', async ({
  page,
}) => {
  // The myths and FAQ pages quote these claims in order to correct them.
  const correcting = new Set(['myths-and-facts', 'faq']);
  const rules: [RegExp, string][] = [
    [/\bFDA[- ]approved\b|\bapproved by the FDA\b/i, 'say "cleared by the FDA", not "approved"'],
    [/\bnon-?invasive\b/i, 'say "minimally invasive"'],
    [/\b12 (sterile )?needles\b|\btwelve needles\b/i, 'the needle count is disputed; most sources say 14'],
    [/\bimmediate results\b/i, 'results are measured months later'],
  ];
  const problems: string[] = [];
  for (const a of articles) {
    if (correcting.has(a.slug)) continue;
    await page.goto(`/articles/${a.slug}/`);
    const text = (await page.locator('article').textContent()) ?? '';
    for (const [pattern, why] of rules)
      if (pattern.test(text)) problems.push(`${a.slug}: "${pattern.exec(text)?.[0]}": ${why}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

// The one-page take-home sheet is the clinic kit's (tests/e2e/clinic-kit.spec.ts); the article, which now
// carries the three urgency tiers and its sources, prints on the two sides of one sheet.
const PRINTED = [
  [
    'English',
    '/articles/aftercare/',
    ['1 Call your clinic', '2 Get care the same day', '3 Call emergency services now'],
  ],
  [
    'Spanish',
    '/es/articles/aftercare/',
    ['1 Llama a tu clínica', '2 Busca atención médica el mismo día', '3 Llama a emergencias ahora'],
  ],
] as const;
for (const [language, url, tiers] of PRINTED) {
  test(`the ${language} aftercare article prints on one sheet, both sides, with the site chrome hidden, every item and the three tiers`, async ({
    page,
  }) => {
    await page.goto(url);
    const items = await page.locator('.prose li').allTextContents();
    expect(items.length).toBeGreaterThan(8);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.site-header', 'footer.site-footer', 'nav.breadcrumbs', 'nav.pager', '.toc']) {
      await expect(page.locator(chrome)).toBeHidden();
    }
    for (const [i] of items.entries()) await expect(page.locator('.prose li').nth(i)).toBeVisible();
    for (const tier of tiers) {
      await expect(page.getByRole('heading', { name: tier, exact: true })).toBeVisible();
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(
      pages.length,
      `the ${language} aftercare article should fit on the two sides of one A4 sheet`,
    ).toBeLessThanOrEqual(2);
  });
}
