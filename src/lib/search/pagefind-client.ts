/** One sub-result: a heading inside a page that matched. */
export interface SearchSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** A search result ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  kind: string;
  subResults: SearchSubResult[];
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SearchSubResult[];
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/** A Pagefind filter, e.g. `{ section: 'Recover' }` or `{ kind: 'Glossary' }`. */
export type SearchFilter = Record<string, string>;

/** Query parameter that carries the search terms to the result page, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'highlight';

let loading: Promise<Pagefind> | undefined;

/** Loads the Pagefind runtime once, on first use, from the site's own /pagefind/ folder. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24, highlightParam: HIGHLIGHT_PARAM });
    await pf.init();
    return pf;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Runs a query and returns the first `limit` hits, best first. */
export async function searchSite(query: string, filter?: SearchFilter, limit = 8): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const response = await pf.search(query, filter ? { filters: filter } : {});
  if (!response) return [];
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    excerpt: d.excerpt,
    kind: d.meta['kind'] ?? 'Article',
    subResults: (d.sub_results ?? []).filter((s) => s.url !== d.url).slice(0, 2),
  }));
}
