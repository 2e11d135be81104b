// The two languages of the built site: <html lang> on every page, the language switch both
// ways and never to a missing page, hreflang pairs that point at each other, the sitemap's
// alternates, Open Graph locales, and pages that exist only in English marked where linked.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, fileToUrlPath, listBuiltHtml } from './support/site';

/** Every built page as its URL path and HTML. */
const pages = new Map(
  listBuiltHtml()
    .filter((f) => !f.startsWith('embed/'))
    .map((f) => [fileToUrlPath(f), readFileSync(path.join(distDir, f), 'utf8')]),
);
/** A page that exists only in English (the clinics' pages), for the checks of what an untranslated page does. */
const untranslated = '/for-clinics/';
const needUntranslated = () => {
  expect(pages.has(untranslated), `${untranslated} is built`).toBe(true);
  expect(pages.has(`/es${untranslated}`), `${untranslated} has no Spanish twin`).toBe(false);
};
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

test('every English article has its Spanish twin', () => {
  const articles = readdirSync('src/content/articles').filter((f) => f.endsWith('.mdx'));
  const missing = articles.map((f) => `/es/articles/${f.replace(/\.mdx$/, '')}/`).filter((p) => !pages.has(p));
  expect(articles.length).toBeGreaterThanOrEqual(14);
  expect(missing, missing.join('\n')).toEqual([]);
});

test('every page has the <html lang> of its language: es under /es/, en elsewhere', () => {
  const wrong: string[] = [];
  for (const [urlPath, html] of pages) {
    const lang = attr(/<html\b[^>]*>/.exec(html)?.[0] ?? '', 'lang');
    const expected = urlPath.startsWith('/es/') ? 'es' : 'en';
    if (lang !== expected) wrong.push(`${urlPath}: lang="${lang}", expected "${expected}"`);
  }
  expect(pages.size).toBeGreaterThan(20);
  expect(wrong, wrong.join('\n')).toEqual([]);
});

test('the language switch on every page leads to a page that exists, and says so when it is not the twin', () => {
  const problems: string[] = [];
  for (const [urlPath, html] of pages) {
    const links = [...html.matchAll(/<a\b[^>]*data-lang-switch="[^"]*"[^>]*>[\s\S]*?<\/a>/g)].map((m) => m[0]);
    if (links.length !== 1) problems.push(`${urlPath}: ${links.length} language switch links`);
    for (const link of links) {
      const href = attr(link, 'href') ?? '';
      if (!pages.has(href)) problems.push(`${urlPath}: the switch leads to ${href}, which does not exist`);
      const missing = attr(link, 'data-twin') === 'missing';
      const says = /aún no está en español|not in English yet/.test(link);
      if (missing !== says)
        problems.push(`${urlPath}: the switch to ${href} is ${missing ? 'not the twin' : 'the twin'}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('hreflang alternates come in pairs that point at each other, with x-default on the English', () => {
  const problems: string[] = [];
  let paired = 0;
  for (const [urlPath, html] of pages) {
    const alternates = new Map(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
        m[1] ?? '',
        new URL(m[2] ?? '').pathname,
      ]),
    );
    if (alternates.size === 0) continue;
    // The build's own origin (tests/run.mjs builds for its local server), read from the page.
    const { origin } = new URL(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/.exec(html)?.[1] ?? '');
    paired += 1;
    const own = urlPath.startsWith('/es/') ? 'es' : 'en';
    if (alternates.get(own) !== urlPath)
      problems.push(`${urlPath}: its own ${own} alternate is ${alternates.get(own)}`);
    if (alternates.get('x-default') !== alternates.get('en'))
      problems.push(`${urlPath}: x-default is not the English page`);
    for (const [lang, target] of alternates) {
      const back = pages.get(target);
      if (!back) problems.push(`${urlPath}: ${lang} alternate ${target} does not exist`);
      else if (!back.includes(`hreflang="${own}" href="${new URL(urlPath, origin).href}"`))
        problems.push(`${urlPath}: ${target} does not point back`);
    }
  }
  expect(paired).toBeGreaterThanOrEqual(10);
  expect(problems, problems.join('\n')).toEqual([]);
  // A page with no twin has no alternates.
  expect(/<link rel="alternate" hreflang/.test(pages.get('/for-clinics/') ?? '')).toBe(false);
  needUntranslated();
});

test('the sitemap lists both languages of a translated page as alternates, and none for an untranslated one', () => {
  const xml = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
  const entry = (p: string) => new RegExp(`<url><loc>[^<]*${p}</loc>(.*?)</url>`).exec(xml)?.[1] ?? '';
  for (const p of ['/articles/what-is-skinpen/', '/es/articles/what-is-skinpen/', '/es/', '/es/glossary/skinpen/']) {
    expect(entry(p), p).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/(articles|glossary)?/);
    expect(entry(p), p).toMatch(/<xhtml:link rel="alternate" hreflang="es" href="[^"]*\/es\//);
  }
  needUntranslated();
  expect(xml).toContain(`${untranslated}</loc>`);
  expect(entry(untranslated)).not.toMatch(/hreflang="es"/);
  expect(xml).not.toMatch(/\/es\/404\//);
});

test('Open Graph locale and JSON-LD language follow the page', () => {
  const og = (p: string) => /<meta property="og:locale" content="([^"]+)"/.exec(pages.get(p) ?? '')?.[1];
  expect(og('/articles/what-is-skinpen/')).toBe('en_US');
  expect(og('/es/articles/what-is-skinpen/')).toBe('es_US');
  expect(pages.get('/es/articles/what-is-skinpen/')).toMatch(/<meta property="og:locale:alternate" content="en_US"/);
  const ld = (p: string) =>
    JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(pages.get(p) ?? '')?.[1] ?? '{}') as Record<
      string,
      unknown
    >;
  expect(ld('/articles/what-is-skinpen/')['inLanguage']).toBe('en');
  expect(ld('/es/articles/what-is-skinpen/')['inLanguage']).toBe('es');
  expect(ld('/es/articles/what-is-skinpen/')['translationOfWork']).toMatchObject({
    url: expect.stringMatching(/\/articles\/what-is-skinpen\/$/),
  });
});

test('links from Spanish pages to pages only in English say so: hreflang="en" and a visible "(en inglés)"', () => {
  const problems: string[] = [];
  for (const [urlPath, page] of pages) {
    if (!urlPath.startsWith('/es/')) continue;
    const html = page.replace(/<script\b[\s\S]*?<\/script>/g, '');
    for (const [link] of html.matchAll(/<a\b[^>]*>[\s\S]*?<\/a>/g)) {
      const href = attr(link, 'href') ?? '';
      if (!href.startsWith('/') || href.startsWith('/es/') || href.startsWith('#')) continue;
      if (/data-lang-switch|data-original/.test(link)) {
        if (attr(link, 'hreflang') !== 'en') problems.push(`${urlPath}: ${href} has no hreflang="en"`);
        continue;
      }
      const text = link.replace(/<[^>]+>/g, '');
      if (attr(link, 'hreflang') !== 'en' || !text.includes('(en inglés)'))
        problems.push(`${urlPath}: the link to ${href} ("${text.trim()}") is not marked as English`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the switch leads from an article to its Spanish twin and back, with the page’s language each time', async ({
  page,
}) => {
  await page.goto('/articles/what-is-skinpen/');
  await page.getByRole('link', { name: 'Español', exact: true }).click();
  await expect(page).toHaveURL(/\/es\/articles\/what-is-skinpen\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qué es SkinPen');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/articles\/what-is-skinpen\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('from a page not yet in Spanish, the switch says so and leads to the Spanish home page', async ({ page }) => {
  needUntranslated();
  await page.goto(untranslated);
  const link = page.locator('[data-lang-switch]');
  await expect(link).toHaveText(/Español\s*\(esta página aún no está en español\)/);
  await link.click();
  await expect(page).toHaveURL(/\/es\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a translated article says who translated and checked it, links to its original, and is up to date', async ({
  page,
}) => {
  await page.goto('/es/articles/what-is-skinpen/');
  const note = page.locator('[data-translation]');
  await expect(note).toContainText('Traducido del inglés.');
  await expect(note).toContainText('modelo de lenguaje de inteligencia artificial');
  await expect(note).toContainText('el equipo editorial de SkinPen Guide');
  await expect(note.getByRole('link', { name: 'Lee el original (en inglés)' })).toHaveAttribute(
    'href',
    '/articles/what-is-skinpen/',
  );
  // The translation's hash matches the English file as built, so no out-of-date notice shows.
  await expect(page.locator('[data-translation-outdated]')).toHaveCount(0);
  await expect(page.getByText(/Nivel de lectura: .* de 100 en la escala INFLESZ/)).toBeVisible();
});

test('the Spanish chrome: skip link, search, theme, footer and a widget-free article all speak Spanish', async ({
  page,
}) => {
  await page.goto('/es/');
  await expect(page.getByRole('link', { name: 'Saltar al contenido principal' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Buscar' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tema oscuro' })).toBeAttached();
  await expect(
    page.getByRole('navigation', { name: 'Pie de página' }).getByRole('link', { name: /Para clínicas.*\(en inglés\)/ }),
  ).toHaveAttribute('hreflang', 'en');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Buscar en la guía' })).toBeVisible();
});

test('glossary: every term has a Spanish page the switch leads to, and the Spanish glossary lists no English-only terms', async ({
  page,
}) => {
  const terms = [...pages.keys()].filter((p) => /^\/glossary\/[a-z0-9-]+\/$/.test(p));
  expect(terms.length).toBeGreaterThan(50);
  expect(terms.filter((p) => !pages.has(`/es${p}`))).toEqual([]);
  await page.goto('/glossary/granuloma/');
  await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', '/es/glossary/granuloma/');
  await page.goto('/es/glossary/');
  await expect(page.getByRole('link', { name: 'Granuloma', exact: true })).toHaveAttribute(
    'href',
    '/es/glossary/granuloma/',
  );
  await expect(page.getByRole('heading', { name: 'Términos que aún no están en español' })).toHaveCount(0);
});

test('the 404 page answers in both languages, and /es/404/ is all Spanish', async ({ page }) => {
  const response = await page.goto('/es/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Ir a la página de inicio' })).toHaveAttribute('href', '/es/');
  await page.goto('/es/404/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esa página');
});
