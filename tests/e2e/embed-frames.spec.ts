// Every widget interaction inside the loader's real iframe, on a clinic page with a strict CSP:
// the sandbox clinics get must let each control work, the planner submit and print, and the
// calendar download; the loader must keep one working, resized iframe per placeholder however
// the page moves, clones or adds them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { clinicPage, frameOf, startClinic, type Clinic } from './support/clinic';

let clinic: Clinic;
let site = '';

test.beforeAll(async ({ baseURL }) => {
  site = new URL(baseURL ?? '').origin;
  clinic = await startClinic(site);
});
test.afterAll(() => clinic.close());

const loader = () => `<script src="${site}/embed/v1/loader.js" defer></script>`;
const placeholder = (widget: string, attrs = '') => `<div data-skinpen-widget="${widget}"${attrs}></div>`;

/** Problems the page logs (CSP refusals, sandbox refusals, errors), from every frame. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused|Blocked|Ignored call/i.test(m.text()))
      problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** Waits until the iframe is as tall as its content and has no inner scrollbar. */
async function expectFitted(iframe: Locator, frame: Frame) {
  await expect
    .poll(async () => {
      const outer = Number(await iframe.getAttribute('height'));
      const inner = await frame.evaluate(() => ({
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        scroll: document.documentElement.scrollHeight - window.innerHeight,
      }));
      if (Math.abs(inner.height - outer) > 1) return `content ${inner.height} px, frame ${outer} px`;
      return inner.scroll > 1 ? `inner scrollbar of ${inner.scroll} px` : 'fits';
    })
    .toBe('fits');
}

test.describe.configure({ mode: 'serial' });

test('the layer diagram takes every control inside the iframe and resizes to its content', async ({ page }) => {
  const problems = watchConsole(page);
  clinic.setPage(clinicPage(placeholder('layer-depth'), loader()));
  await page.goto(clinic.origin);
  const iframe = page.locator('iframe.skinpen-frame');
  const frame = await frameOf(iframe);
  const widget = frame.locator('[data-widget="layer-depth"]');
  await expect(widget.locator('.spg-ld')).toHaveAttribute('data-ready', 'true');
  await expectFitted(iframe, frame);

  await widget.getByLabel('Body or face area').selectOption('neck');
  await expect(widget.locator('figcaption')).toHaveText(/^Neck: at a setting of 1 mm/);
  const before = Number(await iframe.getAttribute('height'));
  await widget.getByLabel('What you want to treat').selectOption('neck-wrinkles');
  await expect(widget.locator('svg .spg-ld-legend')).toContainText('Neck wrinkles: depths used');
  const slider = widget.getByRole('slider', { name: 'Needle depth setting' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /^1\.25 mm, /);
  await page.keyboard.press('End');
  await expect(widget.locator('output')).toHaveText('2.5 mm');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(before);
  await expectFitted(iframe, frame);
  expect(problems).toEqual([]);
});

test('the recovery timeline scrubs, plans, downloads and prints inside the iframe', async ({ page }) => {
  const problems = watchConsole(page);
  clinic.setPage(clinicPage(placeholder('recovery-timeline', ' data-planner="true"'), loader()));
  await page.goto(clinic.origin);
  const iframe = page.locator('iframe.skinpen-frame');
  const frame = await frameOf(iframe);
  const widget = frame.locator('[data-widget="recovery-timeline"]');
  await expect(widget.locator('[data-state="ready"]')).toBeAttached();

  const slider = widget.getByRole('slider', { name: 'Time after a session' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Day 2: redness fading, skin may feel tight');
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Month 12:/);

  // "Show my plan" submits a form: only the sandbox's allow-forms lets its handler run.
  await widget.getByRole('button', { name: 'Show my plan' }).click();
  await expect(widget.locator('.spg-rt__error')).toHaveText('Enter the date of your first session.');
  const start = new Date(Date.now() + 10 * 86_400_000);
  const iso = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
  const before = Number(await iframe.getAttribute('height'));
  await widget.getByLabel('Date of your first session').fill(iso);
  await expect(widget.getByRole('heading', { name: /Your possible plan/ })).toBeVisible();
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(before);
  await expectFitted(iframe, frame);

  const downloading = page.waitForEvent('download');
  await widget.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
  expect((await downloading).suggestedFilename()).toBe(`skinpen-plan-${iso}.ics`);

  // "Print this plan" reaches the browser's print steps (beforeprint) only with allow-modals.
  await frame.evaluate(() => {
    window.addEventListener('beforeprint', () => document.documentElement.setAttribute('data-test-printed', ''));
  });
  await widget.getByRole('button', { name: 'Print this plan' }).click();
  await expect(frame.locator('html')).toHaveAttribute('data-test-printed', '');
  expect(problems).toEqual([]);
});

test('the loader keeps its own origin and one resized iframe per placeholder, however the page changes', async ({
  page,
}) => {
  const problems = watchConsole(page);
  // Markup a clinic page might let a visitor add, which clobbers document.currentScript; and the loader twice.
  clinic.setPage(
    clinicPage(
      `<img name="currentScript" src="/x.gif" alt="">`,
      `<div id="wide">${placeholder('layer-depth', ' id="first"')}</div>`,
      `<div id="narrow"></div>`,
      loader(),
      loader(),
    ),
  );
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(clinic.origin);
  // Through CSSOM: the clinic's CSP refuses style attributes.
  await page.evaluate(() => {
    for (const [id, width] of [
      ['wide', '900px'],
      ['narrow', '360px'],
    ] as const) {
      const el = document.getElementById(id);
      if (el) el.style.width = width;
    }
  });
  const frames = page.locator('iframe.skinpen-frame');
  await expect(frames).toHaveCount(1);
  expect(new URL((await frames.first().getAttribute('src')) ?? '').origin).toBe(site);

  // A placeholder added later, and a clone of the mounted one, are mounted once each.
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.setAttribute('data-skinpen-widget', 'recovery-timeline');
    document.body.append(late);
    const clone = document.getElementById('first')?.cloneNode(true);
    if (clone instanceof HTMLElement) {
      clone.id = 'copy';
      document.body.append(clone);
    }
  });
  await expect(frames).toHaveCount(3);
  for (const id of ['first', 'copy']) await expect(page.locator(`#${id} iframe`)).toHaveCount(1);

  // Moved to a narrow column, the iframe reloads with a new window, which is still resized.
  const first = page.locator('#first iframe');
  await frameOf(first);
  const wideHeight = Number(await first.getAttribute('height'));
  await page.evaluate(() => document.getElementById('narrow')?.append(document.getElementById('first') ?? ''));
  await expect(page.locator('#narrow iframe')).toHaveCount(1);
  await expect.poll(async () => Number(await first.getAttribute('height'))).toBeGreaterThan(wideHeight);
  await expectFitted(first, await frameOf(first));
  await expect(frames).toHaveCount(3);
  expect(problems.filter((p) => !p.includes('x.gif'))).toEqual([]);
});

test('a hand-written iframe address with an unencoded "#" says what it lost; accent works without "#"', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto('/embed/layer-depth/?accent=#0b6e4f&lang=es');
  await expect(page.locator('.spg-ld')).toHaveAttribute('data-ready', 'true');
  expect(warnings.some((w) => w.includes('unencoded "#"') && w.includes('lang'))).toBe(true);
  await page.goto('/embed/layer-depth/?accent=7a3e9d&theme=light');
  await expect(page.locator('.spg-ld')).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--embed-accent-light'))).toBe(
    '#7a3e9d',
  );
});

test.describe('the embed shell', () => {
  test('follows lang=es: title, heading, landmark name, description, credit, and the widget', async ({ page }) => {
    await page.goto('/embed/recovery-timeline/?lang=es');
    await expect(page.locator('[data-widget="recovery-timeline"] [data-state="ready"]')).toBeAttached();
    const title = 'La recuperación después del tratamiento con microagujas, día a día';
    await expect(page).toHaveTitle(`${title} | SkinPen Guide`);
    await expect(page.getByRole('main', { name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`^${title}\\.`));
    await expect(page.getByText(/guía independiente/)).toBeVisible();
    await expect(page.getByText(/an independent guide/)).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  for (const url of ['/embed/layer-depth/', '/embed/recovery-timeline/?lang=es&planner=true']) {
    test(`keeps all content inside landmarks on ${url} (axe region)`, async ({ page }) => {
      await page.goto(url);
      await expect(
        page.locator('[data-widget] [data-ready="true"], [data-widget] [data-state="ready"]'),
      ).toBeAttached();
      const { violations } = await new AxeBuilder({ page }).withRules(['region']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
