// The widgets on pages a real WordPress renders, checked in Chromium as a clinic's reader sees
// them: through the plugin (shortcode, block, a pasted URL), through the loader snippet in a
// Custom HTML block, and through a pasted URL on a site without the plugin, where WordPress
// treats the guide as an unknown oEmbed provider.
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { wordpressRun } from './site';

const run = wordpressRun();

/** Collects console errors and page errors on the WordPress page and in its frames. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    // The test WordPress has no favicon; everything else counts.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`${m.location().url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function frameOf(iframe: Locator): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

/** Waits until the iframe's height equals its content's (the loader's resize), within a pixel. */
async function expectSizedToContent(iframe: Locator, frame: Frame): Promise<void> {
  await expect
    .poll(async () => {
      const outer = Number(await iframe.getAttribute('height'));
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Math.abs(outer - inner) <= 1 ? 'fits' : `content ${inner} px, frame ${outer} px`;
    })
    .toBe('fits');
}

/** The recovery timeline in Spanish with its planner: it hydrates, plans, and its link opens the guide. */
async function checkSpanishPlanner(page: Page, iframe: Locator): Promise<void> {
  const frame = await frameOf(iframe);
  const widget = frame.locator('[data-widget="recovery-timeline"]');
  await expect(widget.locator('[data-state="ready"]')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
  await widget.getByLabel('Fecha de tu primera sesión').fill('2027-03-01');
  await expect(widget.getByRole('heading', { name: /Tu plan posible/ })).toBeVisible();
  await expectSizedToContent(iframe, frame);
  const opened = page.context().waitForEvent('page');
  await frame.getByRole('link', { name: 'Fuentes' }).click();
  await (await opened).waitForURL(`${run.guide}/references/`);
}

test.describe('a clinic site with the plugin', () => {
  test('the shortcode shows the Spanish recovery timeline, which plans, fits and links to the guide', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(run.sites.plugin.pages['Shortcode'] ?? '');
    const iframe = page.locator('iframe.skinpen-frame');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute('src', `${run.guide}/embed/recovery-timeline/?lang=es&planner=true`);
    await checkSpanishPlanner(page, iframe);
    expect(errors).toEqual([]);
  });

  test('the block shows the layer-depth widget on the chosen area, and it responds', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(run.sites.plugin.pages['Block'] ?? '');
    const iframe = page.locator('iframe.skinpen-frame');
    const frame = await frameOf(iframe);
    const area = frame.getByLabel('Zona de la cara o del cuerpo');
    await expect(area).toHaveValue('neck');
    await area.selectOption('forehead');
    await expect(frame.locator('.spg-ld')).toHaveAttribute('data-ready', 'true');
    await expectSizedToContent(iframe, frame);
    expect(errors).toEqual([]);
  });

  test('a pasted embed URL becomes the full embed, options kept, with nothing fetched by WordPress', async ({
    page,
  }) => {
    await page.goto(run.sites.plugin.pages['Pasted with the plugin'] ?? '');
    const iframe = page.locator('iframe.skinpen-frame');
    // The loader's own sandbox, not the one WordPress gives providers it does not trust.
    await expect(iframe).toHaveAttribute('sandbox', /allow-same-origin/);
    await expect(page.locator('iframe.wp-embedded-content')).toHaveCount(0);
    const frame = await frameOf(iframe);
    await expect(frame.getByLabel('Body or face area')).toHaveValue('forehead');
    await expectSizedToContent(iframe, frame);
  });
});

test.describe('a clinic site without the plugin', () => {
  test('the loader snippet in a Custom HTML block shows the Spanish recovery timeline, which plans, fits and links', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(run.sites.plain.pages['Loader snippet'] ?? '');
    const iframe = page.locator('iframe.skinpen-frame');
    await expect(iframe).toHaveCount(1);
    await checkSpanishPlanner(page, iframe);
    expect(errors).toEqual([]);
  });

  for (const widget of ['layer-depth', 'recovery-timeline']) {
    test(`a pasted ${widget} URL is discovered by oEmbed and framed in WordPress's own sandbox`, async ({ page }) => {
      await page.goto(
        run.sites.plain.pages[widget === 'layer-depth' ? 'Pasted layer depth' : 'Pasted recovery timeline'] ?? '',
      );
      const iframe = page.locator('iframe.wp-embedded-content');
      await expect(iframe).toHaveCount(1);
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      await expect(iframe).toHaveAttribute(
        'src',
        new RegExp(`^${run.guide}/embed/${widget}/#\\?secret=[A-Za-z0-9]{10}$`),
      );
      await expect(iframe).toHaveAttribute('data-secret', /^[A-Za-z0-9]{10}$/);
    });
  }
});
