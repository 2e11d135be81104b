// Privacy and safety of the built site: nothing loads from another origin, every page has a
// strict Content-Security-Policy, and the static-host headers refuse framing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, fileToUrlPath, listBuiltHtml } from './support/site';

test('no built page loads a script, style, font, image or frame from another origin', () => {
  const offsite: string[] = [];
  for (const file of listBuiltHtml()) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const loaders = [
      ...html.matchAll(/<(script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="([^"]+)"/g),
      ...[...html.matchAll(/<link\b([^>]*)>/g)]
        .filter((m) => /rel="(stylesheet|preload|modulepreload|icon|manifest|prefetch)"/.test(m[1] ?? ''))
        .map((m) => ['', 'link', /href="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? '']),
      ...[...html.matchAll(/url\((['"]?)(https?:)?\/\/[^)]+\)/g)].map((m) => ['', 'css url()', m[0]]),
    ];
    for (const [, tag, url] of loaders)
      if (/^(https?:)?\/\//.test(url ?? '') || (url ?? '').startsWith('url('))
        offsite.push(`${fileToUrlPath(file)}: <${tag}> ${url}`);
  }
  expect(offsite, offsite.join('\n')).toEqual([]);
});

test('every page carries a Content-Security-Policy without unsafe-inline or eval for scripts', () => {
  const problems: string[] = [];
  for (const file of listBuiltHtml()) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    if (!csp) {
      problems.push(`${file}: no CSP meta tag`);
      continue;
    }
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    if (/'unsafe-inline'|'unsafe-eval'|\*/.test(scriptSrc)) problems.push(`${file}: script-src allows ${scriptSrc}`);
    if (!/default-src 'self'/.test(csp)) problems.push(`${file}: no default-src 'self'`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('using the site makes no request to another origin and breaks no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const offsite: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) offsite.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const p of [
    '/',
    '/articles/how-microneedling-works/',
    '/articles/recovery-day-by-day/',
    '/glossary/',
    '/references/',
  ]) {
    await page.goto(p);
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
  }
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the guide' }).fill('numbing');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.goto('/search/?q=sunscren');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  expect(offsite).toEqual([]);
  expect(violations).toEqual([]);
});

test("Chrome logs no issue on any kind of page, embeds included (as Lighthouse's inspector-issues audit reads them)", async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  const issues: string[] = [];
  cdp.on('Audits.issueAdded', ({ issue }) => issues.push(`${page.url()}: ${JSON.stringify(issue)}`));
  await cdp.send('Audits.enable');
  for (const p of [
    '/',
    '/articles/how-microneedling-works/',
    '/articles/results-and-sessions/',
    '/search/?q=redness',
    '/embed/layer-depth/?depth=1.5&region=forehead',
    '/embed/recovery-timeline/?day=3&planner=true',
  ]) {
    await page.goto(p);
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
  }
  expect(issues, issues.join('\n')).toEqual([]);
});

test('pages refuse to be framed and send the privacy headers', async ({ request }) => {
  for (const p of ['/', '/articles/aftercare/', '/glossary/erythema/', '/search/', '/no-such-page/']) {
    const response = await request.get(p);
    const headers = response.headers();
    expect(headers['content-security-policy'], p).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], p).toBe('DENY');
    expect(headers['referrer-policy'], p).toBe('no-referrer');
    expect(headers['x-content-type-options'], p).toBe('nosniff');
    expect(headers['permissions-policy'], p).toContain('camera=()');
    expect(headers['set-cookie'], p).toBeUndefined();
  }
});
