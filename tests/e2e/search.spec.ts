import { expect, test } from '@playwright/test';

test.describe('search dialog', () => {
  test('opens from the header button and finds the aftercare article', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('combobox', { name: 'Search the guide' });
    await expect(box).toBeFocused();
    await box.fill('aftercare');
    await expect(dialog.getByRole('status')).toContainText(/\d+ results? for “aftercare”/);
    await expect(dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(
      /aftercare/i,
    );
  });

  test('opens with Ctrl+K and with /, and closes with Escape returning focus', async ({ page }) => {
    await page.goto('/articles/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('link', { name: 'All articles' }).first().focus();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name: 'All articles' }).first()).toBeFocused();
  });

  test('moves through results with the arrow keys and opens one with Enter', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the guide' });
    await box.pressSequentially('numbing cream');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowUp');
    const target = await options.first().getAttribute('data-url');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${(target ?? '').replace(/[.?#]/g, '\\$&')}$`));
  });

  test('does not load the search code until search is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/articles/what-is-skinpen/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search the guide' }).fill('redness');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    expect(requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  });
});

test('the search page shows results for a linked query', async ({ page }) => {
  await page.goto('/search/?q=accutane');
  await expect(page.getByRole('combobox', { name: 'Search for' })).toHaveValue('accutane');
  await expect(page.getByRole('status')).toContainText(/results? for “accutane”/);
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
});

test('a section filter narrows results, and glossary terms are their own kind of result', async ({ page }) => {
  await page.goto('/search/?q=redness');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Glossary terms' });
  await expect
    .poll(async () => [...new Set(await results.locator('.search-hit__kind').allTextContents())])
    .toEqual(['Glossary']);
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Recover' });
  await expect(results.getByRole('option').first()).toHaveAttribute(
    'data-url',
    /\/articles\/(recovery-day-by-day|aftercare)\//,
  );
});

test('an empty or fruitless query shows suggested questions and the article index', async ({ page }) => {
  await page.goto('/search/');
  const suggestions = page.getByRole('main').getByText('Try one of these questions:');
  await expect(suggestions).toBeVisible();
  await page.getByRole('combobox', { name: 'Search for' }).fill('xylophone');
  await expect(page.getByRole('status')).toHaveText('No results for “xylophone”.');
  await expect(suggestions).toBeVisible();
  await expect(page.getByRole('link', { name: 'browse all articles' })).toHaveAttribute('href', '/articles/');
  await page.getByRole('main').locator('[data-search-suggestion]').first().click();
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await expect(suggestions).toBeHidden();
});

test('opening a result highlights the searched words on the page', async ({ page }) => {
  await page.goto('/search/?q=sunscreen');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  const url = await first.getAttribute('data-url');
  expect(url).toContain('highlight=sunscreen');
  await page.goto(url ?? '/');
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
});
