import { expect, test } from '@playwright/test';

test('home page links through to an article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SkinPen microneedling');
  await page.getByRole('link', { name: /Start reading/ }).click();
  await expect(page).toHaveURL(/\/articles\/what-is-skinpen\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What SkinPen is' })).toBeVisible();
  await expect(page.getByText(/Last reviewed .* · Next review due/)).toBeVisible();
});
