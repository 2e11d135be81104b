import { expect, test } from '@playwright/test';

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'Browse all articles' })).toHaveAttribute('href', '/articles/');
});

test('an article links to its neighbours in reading order', async ({ page }) => {
  await page.goto('/articles/how-microneedling-works/');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/articles/what-is-skinpen/');
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/articles/what-it-treats/');
});

test('an inline citation jumps to a numbered source with a working link', async ({ page }) => {
  await page.goto('/articles/what-is-skinpen/');
  const cite = page.locator('sup.cite a').first();
  const target = await cite.getAttribute('href');
  await cite.click();
  const source = page.locator(target ?? '#missing');
  await expect(source).toBeVisible();
  await expect(source.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('the glossary link on an article leads to the definition', async ({ page }) => {
  await page.goto('/articles/what-is-skinpen/');
  const term = page.locator('a.glossary-term').first();
  const href = await term.getAttribute('href');
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`#${href?.split('#')[1] ?? ''}`)).toBeVisible();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('an article is fully readable', async ({ page }) => {
    await page.goto('/articles/aftercare/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
    expect(await page.locator('.prose p').count()).toBeGreaterThan(2);
    await expect(page.getByRole('link', { name: 'Search' }).first()).toHaveAttribute('href', '/search/');
  });

  test('the search page explains that search needs JavaScript and links the article index', async ({ page }) => {
    await page.goto('/search/?q=redness');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'list of all articles' })).toHaveAttribute('href', '/articles/');
  });
});
