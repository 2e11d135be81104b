// A clinic's page on another origin, with a strict Content-Security-Policy, embeds both widgets
// with the snippet copied from the "For clinics" builder.
import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';

// One worker runs this file, so the clinic server starts once.
test.describe.configure({ mode: 'serial' });

// Beside the site's port, so several checkouts can run their suites at once (SITE_PORT).
const CLINIC_PORT = Number(process.env.SITE_PORT ?? 4322) + 1;
const clinicOrigin = `http://localhost:${CLINIC_PORT}`;
let clinicHtml = '';
let server: Server;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    // The clinic has no favicon; answer without an error so the console stays clean.
    if (req.url !== '/') return void res.writeHead(204).end();
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      // Only the guide's own origin may run scripts or be framed; nothing inline is allowed.
      'Content-Security-Policy': `default-src 'self'; script-src ${siteOrigin()}; frame-src ${siteOrigin()}; style-src 'self'; img-src 'self'`,
    });
    res.end(clinicHtml);
  });
  await new Promise<void>((resolve) => server.listen(CLINIC_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let baseOrigin = '';
const siteOrigin = () => baseOrigin;

/** Copies a snippet from the builder exactly as a clinic would. */
async function copySnippet(page: Page, choose: (page: Page) => Promise<void>): Promise<string> {
  await page.goto('/for-clinics/');
  await choose(page);
  await page.getByRole('button', { name: 'Copy the snippet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

function clinicPage(...snippets: string[]): string {
  // The loader script appears once per snippet; a real page would include it once, and the loader copes with both.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Clinic</title></head><body><h1>Example Clinic</h1><p><a href="#top">A link before the widgets</a></p>${snippets.join('\n<p>Between the widgets</p>\n')}<p>After the widgets</p></body></html>`;
}

async function frameOf(page: Page, index: number): Promise<Frame> {
  const handle = await page.locator('iframe.skinpen-frame').nth(index).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no frame`);
  return frame;
}

test.describe('embeds on a clinic page', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    baseOrigin = new URL(baseURL ?? '').origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseOrigin });
  });

  test('both widgets load from the copied snippet, resize to fit, take keyboard focus and stay on their own origin', async ({
    page,
  }) => {
    const layer = await copySnippet(page, async (p) => {
      await p.getByLabel('Language').selectOption('es');
      // By name: the concern list's "(not for this area)" notes make a label search ambiguous.
      await p.locator('select[name="region"]').selectOption('neck');
    });
    expect(layer).toContain('data-skinpen-widget="layer-depth"');
    expect(layer).toContain('data-lang="es"');
    const timeline = await copySnippet(page, async (p) => {
      await p.getByLabel('Recovery after microneedling, day by day').check();
      await p.getByLabel('Show the series planner').check();
    });
    expect(timeline).toContain('data-skinpen-widget="recovery-timeline"');
    clinicHtml = clinicPage(layer, timeline);

    const offsite: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      const origin = new URL(r.url()).origin;
      if (origin !== clinicOrigin && origin !== baseOrigin) offsite.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(clinicOrigin);
    const frames = page.locator('iframe.skinpen-frame');
    await expect(frames).toHaveCount(2);
    // The iframe's title follows the widget's language (the layer snippet asked for Spanish).
    await expect(frames.nth(0)).toHaveAttribute(
      'title',
      'Hasta dónde llegan las microagujas en la piel (SkinPen Guide)',
    );
    await expect(frames.nth(1)).toHaveAttribute('title', /Recovery after microneedling/);

    const layerFrame = await frameOf(page, 0);
    await expect(layerFrame.getByLabel('Zona de la cara o del cuerpo')).toHaveValue('neck');
    await expect(layerFrame.locator('html')).toHaveAttribute('lang', 'es');
    await frames.nth(1).scrollIntoViewIfNeeded();
    const timelineFrame = await frameOf(page, 1);
    await expect(timelineFrame.locator('[data-widget="recovery-timeline"]')).toBeVisible();

    // The iframe grows to its content: no inner scrollbar, now and after a width change.
    for (const width of [1000, 360]) {
      await page.setViewportSize({ width, height: 900 });
      for (const i of [0, 1]) {
        // Chromium pauses layout work in cross-origin frames that are off screen, as it should.
        await frames.nth(i).scrollIntoViewIfNeeded();
        const frame = await frameOf(page, i);
        // The frame learns its new width a moment after the host page does (it is laid out in
        // its own process), so wait for that width before comparing heights.
        await expect
          .poll(
            async () => {
              const outerWidth = await frames.nth(i).evaluate((el) => el.clientWidth);
              const outerHeight = Number(await frames.nth(i).getAttribute('height'));
              const inner = await frame.evaluate(() => ({
                width: window.innerWidth,
                height: Math.ceil(document.documentElement.getBoundingClientRect().height),
                scrollHeight: document.documentElement.scrollHeight,
                viewport: window.innerHeight,
              }));
              if (inner.width !== outerWidth) return `frame is ${inner.width} px wide inside, ${outerWidth} px outside`;
              if (Math.abs(inner.height - outerHeight) > 1)
                return `content is ${inner.height} px tall, frame ${outerHeight} px`;
              if (inner.scrollHeight > inner.viewport + 1)
                return `inner scrollbar: ${inner.scrollHeight} px in ${inner.viewport} px`;
              return 'fits';
            },
            { message: `iframe ${i} at ${width} px fits its content with no inner scrollbar` },
          )
          .toBe('fits');
      }
    }

    // Content changes inside the frame resize it too: choosing a concern adds its note.
    await page.setViewportSize({ width: 1000, height: 900 });
    await frames.nth(0).scrollIntoViewIfNeeded();
    const before = Number(await frames.nth(0).getAttribute('height'));
    await layerFrame.getByLabel('Problema a tratar').selectOption('neck-wrinkles');
    await expect.poll(async () => Number(await frames.nth(0).getAttribute('height'))).not.toBe(before);
    await expect
      .poll(async () => {
        const inner = await layerFrame.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        return Math.abs(inner - Number(await frames.nth(0).getAttribute('height')));
      })
      .toBeLessThanOrEqual(1);

    // Keyboard: Tab from the host's link lands inside the first widget.
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.getByRole('link', { name: 'A link before the widgets' }).focus();
    await page.keyboard.press('Tab');
    const focusedInFrame = await layerFrame.evaluate(() => document.activeElement?.tagName ?? '');
    expect(['SELECT', 'INPUT', 'A', 'BUTTON']).toContain(focusedInFrame);

    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('hostile parameters fall back to defaults with warnings and never reach the page as markup', async ({
    page,
    baseURL,
  }) => {
    const hostile = [
      `<div data-skinpen-widget="layer-depth" data-region="&lt;img src=x onerror=alert(1)&gt;" data-depth="9e9" data-concern="__proto__" data-accent="red;}body{display:none" data-theme="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-lang="xx"><a href="${baseURL}/embed/layer-depth/">Fallback</a></div>`,
      `<div data-skinpen-widget="recovery-timeline" data-day="-4" data-planner="yes please"></div>`,
      `<div data-skinpen-widget="not-a-widget"></div>`,
      `<script src="${new URL('/embed/v1/loader.js', baseURL).href}" defer></script>`,
    ];
    clinicHtml = clinicPage(...hostile);
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('SkinPen embed')) warnings.push(m.text());
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(clinicOrigin);
    await expect(page.locator('iframe.skinpen-frame')).toHaveCount(2);
    const layerFrame = await frameOf(page, 0);
    await expect(layerFrame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(layerFrame.getByLabel('Body or face area')).toHaveValue('cheek');
    expect(await layerFrame.locator('img[src="x"]').count()).toBe(0);
    expect(await layerFrame.evaluate(() => document.documentElement.outerHTML)).not.toMatch(
      /onerror=alert|<script>alert/,
    );
    await page.locator('iframe.skinpen-frame').nth(1).scrollIntoViewIfNeeded();
    const timelineFrame = await frameOf(page, 1);
    await expect(timelineFrame.locator('[data-widget="recovery-timeline"]')).toBeVisible();
    await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(8);
    expect(warnings.some((w) => w.includes('unknown widget'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

test('embed pages may be framed, and they carry oEmbed discovery', async ({ page, request }) => {
  for (const widget of ['layer-depth', 'recovery-timeline']) {
    const response = await request.get(`/embed/${widget}/`);
    expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers()['x-frame-options']).toBeUndefined();
    await page.goto(`/embed/${widget}/`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = (await (await request.get(new URL(href ?? '').pathname)).json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(String(oembed['html'])).toContain(`/embed/${widget}/`);
  }
});
