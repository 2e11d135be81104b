import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';

const RECOVERY = '/articles/recovery-day-by-day/';
const RESULTS = '/articles/results-and-sessions/';
const WIDGET = '[data-widget="recovery-timeline"]';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A fixed "today", so plans and limits do not depend on the day the tests run. */
const TODAY = new Date('2026-09-01T12:00:00');

/** Opens a page, scrolls the widget into view and waits for the island to hydrate. */
async function openWidget(page: Page, path: string) {
  await page.clock.setFixedTime(TODAY);
  await page.goto(path);
  const widget = page.locator(WIDGET);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('[data-state="ready"]')).toBeAttached();
  return widget;
}

async function makePlan(page: Page, date = '2026-10-15') {
  const widget = await openWidget(page, RESULTS);
  await widget.getByLabel('Date of your first session').fill(date);
  await expect(widget.getByRole('heading', { name: /Your possible plan/ })).toBeVisible();
  return widget;
}

const TIER_HEADINGS_EN = {
  title: 'When to get help',
  tiers: ['1 Call your clinic', '2 Get care the same day', '3 Call emergency services now'],
};

/** The three urgency tiers are visible under their headings, in order, told apart by words and numbers. */
async function expectTiers(widget: Locator, names = TIER_HEADINGS_EN) {
  await expect(widget.getByRole('heading', { name: names.title })).toBeVisible();
  for (const tier of names.tiers) await expect(widget.getByRole('heading', { name: tier, exact: true })).toBeVisible();
}

test.describe('recovery timeline', () => {
  test('scrubs through recovery by keyboard and announces each stage', async ({ page }) => {
    const widget = await openWidget(page, RECOVERY);
    const slider = widget.getByRole('slider', { name: 'Time after a session' });
    const live = widget.locator('[aria-live="polite"]');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Day 0: red and warm, like a moderate sunburn');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Day 2: redness fading, skin may feel tight');
    await expect(live).toHaveText('Day 2: redness fading, skin may feel tight. Day 2, stage 3 of 8.');
    await expect(widget.getByRole('heading', { name: 'Day 2', exact: true })).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuetext', /^Day 3:/);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Month 12: repair may go on for a year or more');
    await expect(widget.locator('li[data-activity="exercise"]')).toContainText('Month 12: usually fine.');
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', /^Month 9:/);
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', /^Day 0:/);
    await expect(widget.locator('li[data-activity="exercise"]')).toContainText('Day 0: avoid for now.');
  });

  test('loads the calendar library only when the file is asked for, and the file parses back', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    const widget = await makePlan(page);
    const before = scripts.length;
    const downloading = page.waitForEvent('download');
    await widget.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('skinpen-plan-2026-10-15.ics');
    const lazy = scripts.slice(before);
    expect(lazy.length).toBeGreaterThan(0);
    const lazyText = await Promise.all(lazy.map(async (url) => (await page.request.get(url)).text()));
    expect(lazyText.some((text) => text.includes('VCALENDAR'))).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((e) => ({
      summary: String(e.getFirstPropertyValue('summary')),
      start: String(e.getFirstPropertyValue('dtstart')),
      alarms: e.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    }));
    // 3 sessions, 4 aftercare days after each (days 1, 2, 7 and 14 of the activity data), 2 results checks.
    expect(events).toHaveLength(17);
    expect(events.filter((e) => e.summary.startsWith('SkinPen session')).map((e) => e.start)).toEqual([
      '2026-10-15',
      '2026-11-14',
      '2026-12-14',
    ]);
    expect(events.find((e) => e.summary === 'Aftercare, day 2 after session 2')).toEqual({
      summary: 'Aftercare, day 2 after session 2',
      start: '2026-11-16',
      alarms: ['PT9H'],
    });
    await expect(widget.getByText('Calendar file ready: skinpen-plan-2026-10-15.ics')).toBeVisible();
  });

  test('explains impossible and far-away dates inline and shows no plan', async ({ page }) => {
    const widget = await openWidget(page, RESULTS);
    const field = widget.getByLabel('Date of your first session');
    await field.fill('2031-01-01');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(
      widget.getByText('That date is more than a year away. Choose a date within a year of today.'),
    ).toBeVisible();
    await expect(widget.getByRole('heading', { name: /Your possible plan/ })).toHaveCount(0);
    await field.fill('');
    await field.click();
    // Typed segment by segment, 31 February leaves the field's value empty and marks it as bad input.
    await field.pressSequentially('02312026');
    expect(await field.evaluate((el: HTMLInputElement) => [el.value, el.validity.badInput])).toEqual(['', true]);
    await widget.getByRole('button', { name: 'Show my plan' }).click();
    await expect(widget.getByText('That is not a real date. Check the day, the month and the year.')).toBeVisible();
    await expect(widget.getByRole('heading', { name: /Your possible plan/ })).toHaveCount(0);
  });

  test('prints the plan alone on one page', async ({ page }) => {
    test.setTimeout(90_000);
    const widget = await makePlan(page);
    // As a browser that opens its print dialog: beforeprint at once (page.pdf below fires afterprint).
    await page.evaluate(() => {
      window.print = () => window.dispatchEvent(new Event('beforeprint'));
    });
    await widget.getByRole('button', { name: 'Print this plan' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(widget.getByText('My SkinPen plan')).toBeVisible();
    await expect(widget.getByText('Session 3 of 3: Mon, December 14, 2026')).toBeVisible();
    await expectTiers(widget);
    await expect(widget.getByRole('button', { name: 'Print this plan' })).toBeHidden();
    await expect(widget.locator('details')).toBeHidden();
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // Printing fires afterprint, which puts the page back as it was.
    await expect(page.locator('html')).not.toHaveAttribute('data-spg-rt-print');
    await page.emulateMedia({ media: 'screen' });
    await widget.getByRole('button', { name: 'Print this plan' }).click();
    await page.emulateMedia({ media: 'print' });
    const a4 = await page.pdf({ format: 'A4' });
    expect(a4.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  test('gives the tiers in Spanish when embedded with lang=es', async ({ page }) => {
    await page.goto('/embed/recovery-timeline/?lang=es');
    const widget = page.locator(WIDGET);
    await expect(widget.locator('[data-state="ready"]')).toBeAttached();
    await expectTiers(widget, {
      title: 'Cuándo pedir ayuda',
      tiers: ['1 Llama a tu clínica', '2 Busca atención médica el mismo día', '3 Llama a emergencias ahora'],
    });
    await expect(widget.getByText(/Herpes labial \(fuegos o llagas en el labio\)/)).toBeVisible();
  });

  test('prints the timeline without its controls from the article', async ({ page }) => {
    const widget = await openWidget(page, RECOVERY);
    await page.emulateMedia({ media: 'print' });
    await expect(widget.getByRole('slider')).toBeHidden();
    await expect(widget.getByRole('heading', { name: 'Day 0: treatment day' })).toBeVisible();
    await expectTiers(widget);
  });

  test('turns off its transition when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const widget = await openWidget(page, RECOVERY);
    const seconds = await widget
      .locator('.spg-rt__band rect')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(seconds).toBeLessThan(0.001);
  });

  test.describe('at 320 px wide', () => {
    test.use({ viewport: { width: 320, height: 800 } });

    /** Elements of the widget that reach past the right edge of a 320 px screen. */
    const findOverflow = (page: Page) =>
      page
        .locator(WIDGET)
        .evaluate((root) =>
          [root, ...root.querySelectorAll('*')]
            .filter((el) => el.getBoundingClientRect().right > 320.5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
        );

    test('fits without sideways scrolling on the recovery page', async ({ page }) => {
      const widget = await openWidget(page, RECOVERY);
      await widget.getByRole('slider').focus();
      await page.keyboard.press('End');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await findOverflow(page)).toEqual([]);
    });

    test('keeps the planner, its plan and the opened timeline inside the screen', async ({ page }) => {
      const widget = await openWidget(page, RESULTS);
      await widget.getByLabel('Date of your first session').fill('2026-10-15');
      await widget.locator('details > summary').click();
      await expect(widget.getByRole('slider')).toBeVisible();
      expect(await findOverflow(page)).toEqual([]);
      const diagram = await widget.locator('svg[role="img"]').boundingBox();
      expect(diagram?.width ?? 999).toBeLessThanOrEqual(320);
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const path of [RECOVERY, RESULTS]) {
      test(`passes axe in the ${scheme} scheme on ${path}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: scheme });
        const widget = await openWidget(page, path);
        if (path === RESULTS) {
          await widget.getByLabel('Date of your first session').fill('2026-10-15');
          await widget.locator('details > summary').click();
          await expect(widget.getByRole('slider')).toBeVisible();
        } else {
          await widget.getByRole('slider').focus();
          await page.keyboard.press('End');
        }
        const results = await new AxeBuilder({ page }).include(WIDGET).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  }
});

test.describe('recovery timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every stage as text, in order, with the red flags', async ({ page }) => {
    await page.goto(RECOVERY);
    const widget = page.locator(WIDGET);
    const stages = widget.locator('.spg-rt__stage-list > li > :first-child');
    await expect(stages).toHaveText([
      'Day 0: treatment day',
      'Day 1',
      'Day 2',
      'Day 3',
      'Days 4 to 7',
      'Weeks 2 to 4',
      'Months 1 to 6',
      'After 6 months',
    ]);
    await expect(stages.first()).toBeVisible();
    await expect(widget.getByRole('slider')).toBeHidden();
    await expectTiers(widget);
    await expect(widget.getByText(/Cold sores or blisters\. Microneedling/)).toBeVisible();
    await expect(widget.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
  });

  test('describes the usual series where the planner would be', async ({ page }) => {
    await page.goto(RESULTS);
    const widget = page.locator(WIDGET);
    await expect(widget.getByText(/Turn on JavaScript to turn a start date into a dated plan/)).toBeVisible();
    await expect(
      widget.locator('.spg-rt__nojs-planner').getByText(/The SkinPen acne-scar study spaced sessions 30 days apart/),
    ).toBeVisible();
    await expect(widget.getByLabel('Date of your first session')).toBeHidden();
  });
});
