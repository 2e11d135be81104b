import { PAGEFIND_PATH } from './search/paths';

/** A page fetched from a running site. */
export interface CrawledPage {
  /** Path with trailing slash, e.g. `/articles/aftercare/`. */
  path: string;
  /** The page's HTML. */
  html: string;
}

/** Internal link targets in a page's HTML, as paths without hash or query. */
export function findInternalLinks(html: string, origin: string): string[] {
  const paths = new Set<string>();
  for (const m of html.matchAll(/<a\s[^>]*href="([^"#?]*)[^"]*"/g)) {
    const href = m[1] ?? '';
    if (href === '') continue;
    const url = new URL(href, `${origin}/`);
    if (url.origin !== origin) continue;
    paths.add(url.pathname);
  }
  return [...paths];
}

/**
 * Fetches every HTML page reachable by links from `start` on `origin`, skipping embed pages
 * and files that are not HTML. Bounded to `limit` pages.
 */
export async function crawlSite(origin: string, start: string, limit = 2000): Promise<CrawledPage[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const pages: CrawledPage[] = [];
  while (queue.length > 0 && pages.length < limit) {
    const path = queue.shift() ?? '/';
    const res = await fetch(origin + path);
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await res.text();
    pages.push({ path, html });
    for (const link of findInternalLinks(html, origin)) {
      if (seen.has(link) || link.startsWith('/embed/') || link.startsWith(PAGEFIND_PATH)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return pages;
}
