// A clinic's own details in the embeds: the builder on /for-clinics/ checks them as the embeds do and
// writes them into the snippet, offers only the concerns an area allows, and the aftercare kit writes
// snippets from its profile; inside the loader's real iframe, both widgets then name the clinic and
// call its numbers, and a hostile name is refused with one warning and never becomes markup.
import { expect, test, type Page } from '@playwright/test';
import { clinicPage, frameOf, startClinic, type Clinic } from './support/clinic';

let clinic: Clinic;
let site = '';

test.beforeAll(async ({ baseURL }) => {
  site = new URL(baseURL ?? '').origin;
  clinic = await startClinic(site);
});
test.afterAll(() => clinic.close());
test.describe.configure({ mode: 'serial' });

const loader = () => `<script src="${site}/embed/v1/loader.js" defer></script>`;

const loaderSnippet = (page: Page) => page.locator('[data-snippet="loader"]');

test('the builder writes the clinic’s checked details into the snippet and says which it left out', async ({
  page,
}) => {
  await page.goto('/for-clinics/');
  await page.getByLabel('Clinic name').fill('Bright Skin & Co');
  await page.getByLabel('Daytime phone').fill('(555) 010-2000');
  await page.getByLabel('After-hours phone').fill('555-CALL-NOW');
  await page.getByLabel('Website (https)').fill('http://bright.example');
  const snippet = loaderSnippet(page);
  await expect(snippet).toContainText('data-clinic="Bright Skin &amp; Co" data-phone="(555) 010-2000"');
  await expect(snippet).not.toContainText('data-after-hours');
  await expect(snippet).not.toContainText('data-website');
  await expect(page.getByLabel('Website (https)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Website (https)')).toHaveAccessibleDescription(
    'The website must start with https://, so it is left out of the snippet.',
  );
  await expect(page.getByLabel('After-hours phone')).toHaveAccessibleDescription(
    /^The after-hours phone may hold only digits/,
  );
  await page.getByLabel('Website (https)').fill('https://bright.example');
  await expect(snippet).toContainText('data-website="https://bright.example/"');
  await expect(page.getByLabel('Website (https)')).toHaveAttribute('aria-invalid', 'false');
});

test('the builder offers only the concerns the chosen area allows, and drops one that no longer applies', async ({
  page,
}) => {
  await page.goto('/for-clinics/');
  const concern = page.locator('select[name="concern"]');
  await concern.selectOption('acne-scars');
  await expect(loaderSnippet(page)).toContainText('data-concern="acne-scars"');
  await page.locator('select[name="region"]').selectOption('neck');
  await expect(concern).toHaveValue('');
  await expect(concern.locator('option[value="acne-scars"]')).toBeDisabled();
  await expect(concern.locator('option[value="acne-scars"]')).toHaveText('Acne scars (not for this area)');
  await expect(concern.locator('option[value="neck-wrinkles"]')).toBeEnabled();
  await expect(loaderSnippet(page)).not.toContainText('data-concern');
  // The eyelid takes no concern at all.
  await page.locator('select[name="region"]').selectOption('eyelid');
  expect(await concern.locator('option[data-regions]:not([disabled])').count()).toBe(0);
});

test('the aftercare kit writes both snippets from the clinic’s profile, timings only for the timeline', async ({
  page,
}) => {
  await page.goto(
    '/for-clinics/aftercare-kit/#skinpen=1&name=Bright%20Skin&phone=(555)%20010-2000&lang=es&t-makeup=24&interval=28',
  );
  await expect(page.locator('.spg-kit[data-state="ready"]')).toBeAttached();
  const timeline = page.locator('[data-profile-snippet="recovery-timeline"]');
  const layer = page.locator('[data-profile-snippet="layer-depth"]');
  await expect(timeline).toContainText(
    'data-clinic="Bright Skin" data-phone="(555) 010-2000" data-interval="28" data-t-makeup="24" data-lang="es"',
  );
  await expect(layer).toContainText('data-clinic="Bright Skin" data-phone="(555) 010-2000" data-lang="es"');
  await expect(layer).not.toContainText('data-t-makeup');
});

test('inside the loader’s iframe, both widgets name the clinic and call its numbers', async ({ page }) => {
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on(
    'console',
    (m) => void (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()),
  );
  page.on('pageerror', (e) => errors.push(e.message));
  const attrs =
    ' data-clinic="Bright Skin &amp; Co" data-phone="(555) 010-2000" data-after-hours="+1 555 010 9999" data-website="https://bright.example/"';
  clinic.setPage(
    clinicPage(
      `<div data-skinpen-widget="recovery-timeline"${attrs} data-t-makeup="24"></div>`,
      `<div data-skinpen-widget="layer-depth"${attrs} data-lang="es"></div>`,
      // Clinic options alone: the page is rendered afresh with them, not hydrated over the plain one.
      `<div data-skinpen-widget="layer-depth" data-clinic="Bright Skin"></div>`,
      loader(),
    ),
  );
  await page.goto(clinic.origin);
  const frames = page.locator('iframe.skinpen-frame');
  await expect(frames).toHaveCount(3);

  const timeline = (await frameOf(frames.nth(0))).locator('[data-widget="recovery-timeline"]');
  await expect(timeline.locator('[data-state="ready"]')).toBeAttached();
  const help = timeline.getByRole('region', { name: 'When to get help' });
  await expect(help.getByRole('heading', { name: '1 Call your clinic: Bright Skin & Co' })).toBeVisible();
  await expect(help.getByRole('link', { name: '(555) 010-2000' })).toHaveAttribute('href', 'tel:5550102000');
  await expect(help.getByRole('link', { name: '+1 555 010 9999' })).toHaveAttribute('href', 'tel:+15550109999');
  await expect(
    timeline.getByText(/Your clinic: 24 hours · sources range from 24 hours to 48 hours/).first(),
  ).toBeAttached();

  const layer = (await frameOf(frames.nth(1))).locator('[data-widget="layer-depth"]');
  const line = layer.locator('[data-clinic]');
  await expect(line).toContainText('Pregunta en Bright Skin & Co.');
  await expect(line.getByRole('link', { name: '(555) 010-2000' })).toHaveAttribute('href', 'tel:5550102000');
  await expect(line.getByRole('link', { name: 'bright.example' })).toHaveAttribute('href', 'https://bright.example/');
  const plain = (await frameOf(frames.nth(2))).locator('[data-widget="layer-depth"]');
  await expect(plain.locator('[data-ready="true"]')).toBeAttached();
  await expect(plain.locator('[data-clinic]')).toContainText('Ask Bright Skin.');
  expect(warnings).toEqual([]);
  expect(errors).toEqual([]);
});

test('a hostile clinic name is refused with one warning and never becomes markup in the frame', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  clinic.setPage(
    clinicPage(
      `<div data-skinpen-widget="recovery-timeline" data-clinic="&lt;img src=x onerror=alert(1)&gt;" data-phone="911"></div>`,
      loader(),
    ),
  );
  await page.goto(clinic.origin);
  const frame = await frameOf(page.locator('iframe.skinpen-frame'));
  const widget = frame.locator('[data-widget="recovery-timeline"]');
  await expect(widget.locator('[data-state="ready"]')).toBeAttached();
  await expect(widget.getByRole('heading', { name: '1 Call your clinic', exact: true })).toBeVisible();
  await expect(frame.locator('img')).toHaveCount(0);
  await expect.poll(() => warnings.length).toBe(1);
  expect(warnings[0]).toMatch(/^SkinPen embed: clinic=.*contains markup/);
});
