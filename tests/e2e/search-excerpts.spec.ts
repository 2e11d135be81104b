// Search result excerpts read as sentences in both languages: no citation markers ("source 1",
// "fuente 3", "[12]"), no list numbers, no filter labels, and never the page's list of keywords.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readFrontmatter } from '../../src/lib/translation';

/** Each article's keywords, by URL path, in both languages. */
const keywordsByPath = new Map<string, string[]>();
for (const [dir, prefix] of [
  ['src/content/articles', '/articles/'],
  ['src/content/articles-es', '/es/articles/'],
] as const) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const data = readFrontmatter(readFileSync(path.join(dir, f), 'utf8'));
    const keywords = Array.isArray(data['keywords']) ? data['keywords'].map(String) : [];
    keywordsByPath.set(`${prefix}${f.replace(/\.mdx$/, '')}/`, keywords);
  }
}

const NOT_PROSE: [RegExp, string][] = [
  [/\b(source|fuente)s? \d/i, 'a citation marker'],
  [/\[\d+\]/, 'a bracketed reference number'],
  [/(^|\s)\d{1,2}\.\s+\p{Lu}/u, 'a list number'],
  [
    /(Understand|Decide|Prepare|Recover|Results|Safety|About|Entender|Decidir|Prepararte|Recuperarte|Resultados|Seguridad)(Article|Artículo)/,
    'filter labels run together',
  ],
];

for (const [searchPage, label, queries] of [
  [
    '/search/',
    'Search for',
    [
      'skinpen',
      'can i wear makeup',
      'redness',
      'accutane',
      'how many needles',
      'numbing cream',
      'cost',
      'sunscreen',
      'acne scars',
      'skin pen fda',
    ],
  ],
  [
    '/es/search/',
    'Buscar',
    [
      'skinpen',
      'micropuncion',
      'dermapen',
      'cuántas agujas',
      'autorizada por la fda',
      'pluma de microagujas',
      'fitzpatrick',
      'gel',
      'profundidad',
    ],
  ],
] as const) {
  test(`excerpts on ${searchPage} read as sentences`, async ({ page }) => {
    await page.goto(searchPage);
    const box = page.getByRole('main').getByRole('combobox', { name: label, exact: true });
    const status = page.getByRole('main').getByRole('status');
    const problems: string[] = [];
    let seen = 0;
    for (const query of queries) {
      await box.fill(query);
      await expect(status).toContainText(`“${query}”`);
      const hits = await page
        .getByRole('main')
        .locator('.search-hit')
        .evaluateAll((els) =>
          els.map((e) => ({
            url: new URL(e.getAttribute('data-url') ?? '', 'http://site').pathname,
            excerpt: e.querySelector('.search-hit__excerpt')?.textContent ?? '',
          })),
        );
      for (const { url, excerpt } of hits) {
        seen += 1;
        for (const [pattern, what] of NOT_PROSE)
          if (pattern.test(excerpt)) problems.push(`"${query}" → ${url}: ${what}: ${excerpt}`);
        const keywords = keywordsByPath.get(url) ?? [];
        for (let i = 0; i + 2 < keywords.length; i++) {
          if (
            excerpt.toLowerCase().includes(
              keywords
                .slice(i, i + 3)
                .join(', ')
                .toLowerCase(),
            )
          )
            problems.push(`"${query}" → ${url}: shows its keyword list: ${excerpt}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(queries.length);
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
