import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folder of the built site under test. */
export const distDir = path.resolve(process.env['DIST_DIR'] ?? 'dist');

/** Every HTML file in the built site, as paths relative to dist/. */
export function listBuiltHtml(dir = distDir, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      out.push(...listBuiltHtml(full, `${prefix}${name}/`));
    } else if (name.endsWith('.html')) out.push(`${prefix}${name}`);
  }
  return out.sort();
}

/** The URL path of every page in the sitemap, e.g. `/articles/aftercare/`. */
export function listSitemapPaths(): string[] {
  const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  const paths: string[] = [];
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = path.join(distDir, new URL(loc ?? '').pathname);
    const xml = readFileSync(file, 'utf8');
    for (const [, page] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(page ?? '').pathname);
  }
  return paths;
}

/** Converts a built file path (`articles/faq/index.html`) to its URL path (`/articles/faq/`). */
export function fileToUrlPath(file: string): string {
  return `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/\/+/g, '/');
}
