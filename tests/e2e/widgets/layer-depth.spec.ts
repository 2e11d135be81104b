import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const ARTICLE = '/articles/how-microneedling-works/';
const ROOT = '[data-widget="layer-depth"]';

/** Opens the article, scrolls to the widget and waits until the island is live. */
async function openWidget(page: Page): Promise<Locator> {
  await page.goto(ARTICLE);
  const widget = page.locator(ROOT);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.spg-ld')).toHaveAttribute('data-ready', 'true');
  return widget;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(ROOT)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('layer-depth widget', () => {
  test('hydrates without console errors and folds away the table of every area', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const widget = await openWidget(page);
    await widget.getByLabel('Body or face area').selectOption('back');
    await expect(widget.locator('details')).not.toHaveAttribute('open', /.*/);
    expect(errors).toEqual([]);
  });

  test('hydrates and moves the needle depth setting with the keyboard', async ({ page }) => {
    const widget = await openWidget(page);
    const slider = widget.getByRole('slider', { name: 'Needle depth setting' });
    await expect(slider).toHaveAttribute('aria-valuetext', '1 mm, may reach the lower dermis or the fat');
    await widget.getByLabel('What you want to treat').focus();
    await page.keyboard.press('Tab');
    await expect(slider).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', '0.75 mm, likely stays within the skin');
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveValue('0');
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '0 mm, stays above the skin');
    await page.keyboard.press('End');
    await expect(slider).toHaveValue('2.5');
    await expect(widget.locator('output')).toHaveText('2.5 mm');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveValue('2.25');
  });

  test('announces what the setting may reach and shows the caution above the evaluated range', async ({ page }) => {
    const widget = await openWidget(page);
    const live = widget.locator('[aria-live="polite"]');
    await expect(live).toHaveText('');
    await widget.getByRole('slider', { name: 'Needle depth setting' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(
      /^Cheek: at a setting of 1\.25 mm, the needles may reach the lower dermis or the fat, depending on your skin\./,
    );
    await expect(widget.locator('figcaption')).toHaveText(/Cheek: at a setting of 1\.25 mm/);
    await page.keyboard.press('PageUp');
    await expect(live).toContainText(
      'Above 1.5 mm, the SkinPen labeling says safety and results have not been evaluated.',
    );
    await expect(widget.locator('.spg-ld-notes')).toContainText('Caution: Above 1.5 mm');
  });

  test('redraws the picture for a new area and concern', async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByLabel('Body or face area').selectOption('around-eye');
    await expect(widget.getByRole('img', { name: 'Skin layers: Around the eye, outside the bony rim' })).toBeVisible();
    await expect(widget.locator('[aria-live="polite"]')).toContainText(
      'Around the eye, outside the bony rim: at a setting of 1 mm',
    );
    await expect(widget.getByText(/must not be used inside the bony rim around the eye/)).toBeVisible();
    await widget.getByLabel('What you want to treat').selectOption('acne-scars');
    await expect(widget.locator('svg .spg-ld-legend')).toContainText('Acne scars: depths used');
    await widget.getByLabel('Body or face area').selectOption('chin');
    await expect(widget.locator('svg .spg-ld-fat-band')).toHaveCount(2);
    const refs = widget.locator('a[href^="/references/#ref-"]');
    expect(await refs.count()).toBeGreaterThan(10);
  });

  test('shows the eyelid with no setting, needle or concern, and says SkinPen is not used there', async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByLabel('What you want to treat').selectOption('acne-scars');
    await widget.getByLabel('Body or face area').selectOption('eyelid');
    await expect(widget.getByRole('slider')).toHaveCount(0);
    await expect(widget.locator('svg .spg-ld-needle')).toHaveCount(0);
    await expect(widget.locator('svg > rect.spg-ld-band')).toHaveCount(0);
    await expect(widget.getByLabel('What you want to treat')).toHaveValue('');
    await expect(widget.locator('figcaption')).toHaveText(
      'Eyelid (inside the bony rim around the eye): SkinPen is not used here, so no needle depth is shown.',
    );
    await expect(widget.locator('.spg-ld-notes')).toContainText('Caution: SkinPen is not used here.');
    await expect(widget.locator('[aria-live="polite"]')).toContainText('Acne scars does not apply to this area');
  });

  test('an embed URL asking for a concern on the eyelid gets one console warning and a valid state', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto('/embed/layer-depth/?region=eyelid&concern=acne-scars&depth=1.5');
    const widget = page.locator(ROOT);
    await expect(widget.locator('.spg-ld')).toHaveAttribute('data-ready', 'true');
    await expect(widget.getByLabel('Body or face area')).toHaveValue('eyelid');
    await expect(widget.getByLabel('What you want to treat')).toHaveValue('');
    await expect(widget.getByRole('slider')).toHaveCount(0);
    expect(warnings).toEqual([
      'SkinPen embed: concern=acne-scars does not apply to region=eyelid; no concern is shown.',
    ]);
  });

  test('fits a 320 px wide screen with no horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const widget = await openWidget(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await widget.locator('svg.spg-ld-svg').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    await expect(widget.getByRole('slider', { name: 'Needle depth setting' })).toBeVisible();
  });

  test('animates the needles, except under reduced motion', async ({ page }) => {
    const widget = await openWidget(page);
    const duration = () =>
      widget
        .locator('.spg-ld-move')
        .first()
        .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await duration()).toBe('0.2s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).not.toBe('0.2s');
  });

  test('passes axe in the light scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const widget = await openWidget(page);
    await widget.getByLabel('What you want to treat').selectOption('acne-scars');
    await widget.getByRole('slider', { name: 'Needle depth setting' }).focus();
    await page.keyboard.press('End');
    await expectNoAxeViolations(page);
  });

  test('passes axe in the dark scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const widget = await openWidget(page);
    await widget.getByLabel('Body or face area').selectOption('eyelid');
    await expectNoAxeViolations(page);
    await widget.getByLabel('Body or face area').selectOption('thighs');
    await widget.getByLabel('What you want to treat').selectOption('stretch-marks');
    await expectNoAxeViolations(page);
  });
});

test.describe('layer-depth widget without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the default area and setting, the description and a table of every area', async ({ page }) => {
    await page.goto(ARTICLE);
    const widget = page.locator(ROOT);
    await expect(widget.getByRole('img', { name: 'Skin layers: Cheek' })).toBeVisible();
    await expect(widget.locator('figcaption')).toHaveText(
      'Cheek: at a setting of 1 mm, the needles may reach the lower dermis or the fat, depending on your skin. Studies found skin here 1 mm to 2.53 mm thick. Real needle depth is usually less than the setting.',
    );
    // One no-JavaScript strategy for every widget: controls that need scripts are not shown.
    await expect(widget.getByRole('slider', { name: 'Needle depth setting' })).toBeHidden();
    await expect(widget.getByText(/Moving the setting needs JavaScript/)).toBeVisible();
    const table = widget.getByRole('table', { name: 'Skin layer thickness by area, in millimeters' });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(14);
    await expect(table.locator('tr[data-region="chin"]')).toContainText('1.19 mm (estimate) to 2.06 mm (estimate)');
    await expect(table.locator('tr[data-region="eyelid"]')).toContainText('SkinPen is not used here');
  });
});
