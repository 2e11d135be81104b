// The clinic aftercare kit: a clinic sets its profile, prints one patient's sheet on one page in every
// paper size and language mode, and the QR code holds a link to this site whose fragment carries only the
// session date and the clinic's details; nothing about the patient or the clinic is sent in any request.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';

const KIT = '/for-clinics/aftercare-kit/';
const TODAY = new Date('2026-03-10T12:00:00');
const PROFILE =
  '#skinpen=1&name=Bright%20Skin%20Clinic&phone=(555)%20010-2000&after=%2B1%20555%20010%209999&web=https%3A%2F%2Fbrightskin.example%2F';

async function openKit(page: Page, fragment = PROFILE) {
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${KIT}${fragment}`);
  await expect(page.locator('.spg-kit[data-state="ready"]')).toBeAttached();
  await expect(page.getByLabel('Clinic name')).not.toHaveValue('');
}

/** Reads the QR code on the sheet with an independent decoder, from a rendered image of its SVG. */
async function readQr(page: Page): Promise<string | null> {
  const svg = await page.locator('[data-spg-sheet] svg.spg-kit-qr').evaluate((el) => {
    const view = el.getAttribute('viewBox') ?? '';
    const d = el.querySelector('path')?.getAttribute('d') ?? '';
    return { view, d };
  });
  const size = Number(svg.view.split(' ')[2]);
  const image = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${svg.view}" width="${size * 6}" height="${size * 6}"><rect width="100%" height="100%" fill="#fff"/><path d="${svg.d}"/></svg>`,
  ).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

/** The number of pages in a PDF made by Chromium. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

test.describe('clinic aftercare kit', () => {
  test('fills the sheet with the clinic’s name and numbers, as links that call them, in the first tier only', async ({
    page,
  }) => {
    await openKit(page);
    const sheet = page.locator('[data-spg-sheet]');
    await expect(sheet.getByRole('heading', { name: '1 Call your clinic: Bright Skin Clinic' })).toBeVisible();
    await expect(sheet.getByRole('link', { name: '(555) 010-2000' })).toHaveAttribute('href', 'tel:5550102000');
    await expect(sheet.getByRole('link', { name: '+1 555 010 9999' })).toHaveAttribute('href', 'tel:+15550109999');
    await expect(sheet.locator('[data-tier="emergency"]').getByRole('link', { name: '911' })).toHaveAttribute(
      'href',
      'tel:911',
    );
    await expect(sheet.locator('[data-tier="same-day"] a')).toHaveCount(0);
  });

  test('uses a clinic timing inside the sources’ range and refuses one outside it', async ({ page }) => {
    await openKit(page);
    const makeup = page.locator('[data-spg-sheet] tr[data-activity="makeup"]');
    await expect(makeup).toContainText('48 hours · sources: 24 hours – 48 hours');
    await page.getByLabel('Makeup, in hours').fill('24');
    await expect(makeup).toContainText('24 hours (your clinic) · sources: 24 hours – 48 hours');
    await page.getByLabel('Makeup, in hours').fill('12');
    await expect(
      page.getByText('Not used: this must be between 24 and 48 hours, the range the sources give.'),
    ).toBeVisible();
    await expect(page.getByLabel('Makeup, in hours')).toHaveAttribute('aria-invalid', 'true');
    await expect(makeup).toContainText('48 hours · sources');
  });

  test('shows markup typed as a clinic name as text, never as markup, and does not use it', async ({ page }) => {
    await openKit(page);
    await page.getByLabel('Clinic name').fill('<img src=x onerror=alert(1)>');
    await expect(page.getByText('Not used: this contains markup or control characters.')).toBeVisible();
    expect(await page.locator('img').count()).toBe(0);
    await expect(page.locator('[data-spg-sheet]').getByRole('heading', { name: '1 Call your clinic' })).toBeVisible();
  });

  for (const lang of ['en', 'es', 'both'] as const) {
    for (const paper of ['Letter', 'A4'] as const) {
      test(`prints one ${paper} page in ${lang}`, async ({ page }) => {
        await openKit(page, `${PROFILE}&lang=${lang}`);
        await page.getByLabel(paper === 'A4' ? 'A4' : 'US Letter').check();
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByRole('banner')).toBeHidden();
        await expect(page.getByLabel('Clinic name')).toBeHidden();
        await expect(page.locator('[data-spg-sheet]')).toBeVisible();
        const pdf = await page.pdf({ preferCSSPageSize: true });
        expect(pageCount(pdf)).toBe(1);
        const size = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
        expect(size?.slice(1).map((n) => Math.round(Number(n)))).toEqual(paper === 'A4' ? [595, 842] : [612, 792]);
      });
    }
  }

  test('draws a QR code that decodes to this site’s recovery page with the session date and clinic in the fragment', async ({
    page,
  }) => {
    await openKit(page);
    await page.getByLabel('Session date').fill('2026-03-03');
    const url = await readQr(page);
    expect(url).not.toBeNull();
    const parsed = new URL(url ?? '');
    const site = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(parsed.origin).toBe(new URL(site ?? '').origin);
    expect(parsed.pathname).toBe('/my-recovery/');
    expect(parsed.search).toBe('');
    const fields = new URLSearchParams(parsed.hash.slice(1));
    expect(Object.fromEntries(fields)).toEqual({
      skinpen: '1',
      date: '2026-03-03',
      name: 'Bright Skin Clinic',
      phone: '(555) 010-2000',
      after: '+1 555 010 9999',
      web: 'https://brightskin.example/',
      lang: 'en',
    });
  });

  test('sends nothing about the clinic or the patient in any request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await openKit(page);
    await page.getByLabel('Session date').fill('2026-03-04');
    await page.getByLabel('Daytime phone').fill('555 123 4567');
    await page.getByRole('button', { name: 'Remember on this computer' }).click();
    await expect(page.getByText('Saved in this browser only.')).toBeVisible();
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r).not.toMatch(/Bright|555|2026-03-04|brightskin|skinpen=1/);
      expect(r.startsWith('GET ')).toBe(true);
    }
  });

  test('remembers the profile in this browser only when asked, and forgets it', async ({ page }) => {
    await openKit(page);
    await page.getByRole('button', { name: 'Remember on this computer' }).click();
    await page.goto(KIT);
    await expect(page.getByLabel('Clinic name')).toHaveValue('Bright Skin Clinic');
    await page.getByRole('button', { name: 'Forget it' }).click();
    await page.reload();
    await expect(page.locator('.spg-kit[data-state="ready"]')).toBeAttached();
    await expect(page.getByLabel('Clinic name')).toHaveValue('');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openKit(page);
      await page.getByLabel('Makeup, in hours').fill('12');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});

test.describe('my recovery page', () => {
  const LINK =
    '/my-recovery/#skinpen=1&date=2026-03-03&name=Bright%20Skin%20Clinic&phone=(555)%20010-2000&after=555%20010%209999&lang=en&t-makeup=24';

  async function openRecovery(page: Page, path = LINK) {
    await page.clock.setFixedTime(TODAY);
    await page.goto(path);
    await expect(page.locator('[data-widget="recovery-timeline"] [data-state="ready"]')).toBeAttached();
  }

  test('follows the sheet’s QR code to the right day, with the clinic’s numbers and timings', async ({
    page,
    baseURL,
  }) => {
    await openKit(page, `${PROFILE}&t-makeup=24`);
    await page.getByLabel('Session date').fill('2026-03-03');
    const qr = new URL((await readQr(page)) ?? '');
    await openRecovery(page, `${new URL(baseURL ?? '').origin}${qr.pathname}${qr.hash}`);
    const widget = page.locator('[data-widget="recovery-timeline"]');
    await expect(widget.getByText('Today is day 7 after your session.')).toBeVisible();
    await expect(widget.getByRole('slider', { name: 'Time after a session' })).toHaveAttribute(
      'aria-valuetext',
      /^Day 7: /,
    );
    const help = widget.getByRole('region', { name: 'When to get help' });
    await expect(help.getByRole('heading', { name: '1 Call your clinic: Bright Skin Clinic' })).toBeVisible();
    await expect(help.getByRole('link', { name: '(555) 010-2000' })).toHaveAttribute('href', 'tel:5550102000');
    await expect(widget.locator('li[data-activity="makeup"]')).toContainText(
      'Your clinic: 24 hours · sources range from 24 hours to 48 hours',
    );
  });

  test('a Spanish sheet’s QR code opens the Spanish page, in Spanish around and inside the timeline', async ({
    page,
    baseURL,
  }) => {
    await openKit(page, PROFILE.replace('#skinpen=1', '#skinpen=1&lang=es'));
    await page.getByLabel('Session date').fill('2026-03-03');
    const qr = new URL((await readQr(page)) ?? '');
    expect(qr.pathname).toBe('/es/my-recovery/');
    await openRecovery(page, `${new URL(baseURL ?? '').origin}${qr.pathname}${qr.hash}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi recuperación, día a día');
    const widget = page.locator('[data-widget="recovery-timeline"]');
    await expect(widget.getByText('Hoy es el día 7 después de tu sesión.')).toBeVisible();
    await expect(widget.getByRole('heading', { name: '1 Llama a tu clínica: Bright Skin Clinic' })).toBeVisible();
  });

  test('says how far ahead a session still to come is', async ({ page }) => {
    await openRecovery(page, LINK.replace('2026-03-03', '2026-03-14'));
    await expect(page.getByText('Your session is in 4 days. The timeline shows treatment day.')).toBeVisible();
  });

  test('offers the calendar file with the clinic’s reminders, from the session date', async ({ page }) => {
    await openRecovery(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    const text = readFileSync(await (await downloading).path(), 'utf8');
    // The clinic allows makeup after 24 hours, so its reminder falls on the day after the session.
    expect(text).toMatch(/DTSTART;VALUE=DATE:20260304[\s\S]*?Makeup is usually fine again/);
  });

  test('lets a reader without a link enter the date and keep it in the address, without a request', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openRecovery(page, '/my-recovery/');
    await page.getByLabel('Date of your session').fill('2026-03-08');
    await page.getByRole('button', { name: 'Show my recovery' }).click();
    await expect(page.getByText('Today is day 2 after your session.')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('#skinpen=1&date=2026-03-08');
    for (const url of requests) expect(url).not.toContain('2026-03-08');
  });

  test('survives a fragment that is not ours, with one warning and the plain timeline', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await openRecovery(page, '/my-recovery/#name=<script>alert(1)</script>');
    expect(warnings).toEqual(['SkinPen: the link’s data is not in a format this page knows and was ignored.']);
    await expect(page.locator('.spg-rt__today')).toHaveCount(0);
    expect(await page.locator('body').innerHTML()).not.toContain('alert(1)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openRecovery(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
