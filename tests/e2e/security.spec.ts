// Privacy and safety of the built site: nothing loads from another origin, every page has a
// strict Content-Security-Policy, and the static-host headers refuse framing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    // Embeds run on clinics' pages and never search, so they do not get WebAssembly compilation.
    const embed = file.startsWith('embed/');
    if (embed === scriptSrc.includes("'wasm-unsafe-eval'"))
      problems.push(`${file}: 'wasm-unsafe-eval' ${embed ? 'on an embed' : 'missing on a page with search'}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the policy comes first in every <head>, and every inline script it must allow is hashed in it', () => {
  const problems: string[] = [];
  for (const file of listBuiltHtml()) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    // Only the character set may come first: browsers look for it in the first 1,024 bytes.
    if (
      !/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/i.test(html)
    )
      problems.push(`${file}: the CSP <meta> is not right after <meta charset>`);
    const scriptSrc = /content-security-policy" content="[^"]*script-src ([^;"]+)/.exec(html)?.[1] ?? '';
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attrs ?? '') || /type="application\/(ld\+)?json"/.test(attrs ?? '')) continue;
      const hash = `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`;
      if (!scriptSrc.split(/\s+/).includes(hash)) problems.push(`${file}: inline script ${hash} is not in script-src`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a stored theme applies before first paint under the policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('skinpen-theme', 'dark'));
  await page.reload();
  // Read as the document is parsed: the theme is set before the body exists.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
  expect(violations).toEqual([]);
});

test('crawlers may fetch the embeds, which tell them not to index in the page and in a header', async ({ request }) => {
  const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
  expect(robots).not.toMatch(/Disallow:\s*\/embed/i);
  for (const p of ['/embed/layer-depth/', '/embed/recovery-timeline/']) {
    const response = await request.get(p);
    expect(response.headers()['x-robots-tag'], p).toBe('noindex');
    expect(await response.text(), p).toContain('<meta name="robots" content="noindex">');
  }
});

test('the oEmbed files, language props and loader may be fetched from any origin', async ({ request }) => {
  const files = readdirSync(path.join(distDir, 'embed'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(json|js)$/.test(f))
    .map((f) => `/embed/${f.split(path.sep).join('/')}`);
  expect(files).toEqual(expect.arrayContaining(['/embed/oembed/layer-depth.json', '/embed/v1/loader.js']));
  for (const p of files) expect((await request.get(p)).headers()['access-control-allow-origin'], p).toBe('*');
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

/** Checks the headers every response carries, and returns what is wrong with them. */
function privacyProblems(where: string, headers: Record<string, string>): string[] {
  const problems: string[] = [];
  if (headers['referrer-policy'] !== 'no-referrer') problems.push(`${where}: Referrer-Policy`);
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${where}: nosniff`);
  if (!headers['permissions-policy']?.includes('camera=()')) problems.push(`${where}: Permissions-Policy`);
  if (headers['set-cookie'] !== undefined) problems.push(`${where}: sets a cookie`);
  return problems;
}

/** What is wrong with a response that must refuse to be framed. */
function denyProblems(where: string, headers: Record<string, string>): string[] {
  const problems = privacyProblems(where, headers);
  if (headers['content-security-policy'] !== "frame-ancestors 'none'; object-src 'none'; base-uri 'self'")
    problems.push(`${where}: CSP ${headers['content-security-policy']}`);
  if (headers['x-frame-options'] !== 'DENY') problems.push(`${where}: X-Frame-Options ${headers['x-frame-options']}`);
  if (headers['x-robots-tag'] !== undefined) problems.push(`${where}: X-Robots-Tag on a page meant for search`);
  return problems;
}

test('every built page refuses to be framed, except the embeds, which any site may frame and no search engine indexes', async ({
  request,
}) => {
  const problems: string[] = [];
  const pages = listBuiltHtml().map(fileToUrlPath);
  expect(pages).toContain('/for-clinics/');
  for (const p of pages) {
    const headers = (await request.get(p)).headers();
    if (!p.startsWith('/embed/')) {
      problems.push(...denyProblems(p, headers));
      continue;
    }
    problems.push(...privacyProblems(p, headers));
    if (headers['content-security-policy'] !== "frame-ancestors *; object-src 'none'; base-uri 'self'")
      problems.push(`${p}: CSP ${headers['content-security-policy']}`);
    if (headers['x-frame-options'] !== undefined) problems.push(`${p}: X-Frame-Options ${headers['x-frame-options']}`);
    if (headers['x-robots-tag'] !== 'noindex') problems.push(`${p}: X-Robots-Tag ${headers['x-robots-tag']}`);
    if (headers['access-control-allow-origin'] !== '*') problems.push(`${p}: no CORS`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('unknown paths, and paths that climb out of /embed/, get the 404 page or their real page with the deny headers', async ({
  request,
}) => {
  for (const [p, status] of [
    ['/no-such-page/', 404],
    ['/articles/no-such-article/', 404],
    ['/embed/..%2Ffor-clinics/', 200],
    ['/embed/..%2Farticles/aftercare/', 200],
    ['/embed/%2e%2e/%2e%2e/no-such-page/', 404],
  ] as const) {
    const response = await request.get(p);
    expect(response.status(), p).toBe(status);
    expect(denyProblems(p, response.headers())).toEqual([]);
  }
});

test("Chromium refuses to show site pages in another site's frame and shows the embeds", async ({ page, baseURL }) => {
  const site = new URL(baseURL ?? '').origin;
  const paths = ['/for-clinics/', '/no-such-page/', '/articles/aftercare/', '/embed/layer-depth/'];
  const body = paths.map((p) => `<iframe src="${site}${p}" width="400" height="300"></iframe>`).join('');
  // Another site on loopback (localhost, not 127.0.0.1), on a free port the system picks.
  const attacker = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
    await expect
      .poll(() => page.frames().filter((f) => f !== page.mainFrame() && f.url() !== 'about:blank').length)
      .toBe(paths.length);
    const shown = page
      .frames()
      .filter((f) => f.url().startsWith(site))
      .map((f) => new URL(f.url()).pathname);
    expect(shown).toEqual(['/embed/layer-depth/']);
  } finally {
    attacker.close();
  }
});
