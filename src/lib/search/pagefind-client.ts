import { correctWord, mergeRankings, topicWords } from './query';
import { VOCABULARY_FILE } from './vocabulary';

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

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
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
  search(term: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
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

let vocabulary: Promise<{ words: string[]; known: Set<string> }> | undefined;

/** Loads the site's word list (made at build time) the first time a query needs correcting. */
function loadVocabulary(): Promise<{ words: string[]; known: Set<string> }> {
  vocabulary ??= fetch(`/pagefind/${VOCABULARY_FILE}`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .then((words) => ({ words, known: new Set(words) }))
    .catch(() => ({ words: [], known: new Set<string>() }));
  return vocabulary;
}

/**
 * Runs a query and returns the first `limit` hits, best first. Pagefind needs every word to
 * match and knows no misspellings, so when a question finds fewer than three pages this also
 * tries its topic words with misspellings corrected to words the site uses, then each topic
 * word alone; pages found by the exact query always rank first.
 */
export async function searchSite(query: string, filter?: SearchFilter, limit = 8): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const options = filter ? { filters: filter } : {};
  const run = async (q: string) => (q.trim() ? ((await pf.search(q, options))?.results ?? []) : []);
  const byUrl = new Map<string, PagefindResult>();
  const scored = (results: PagefindResult[]) =>
    results.map((r) => {
      byUrl.set(r.id, r);
      return { url: r.id, score: r.score };
    });

  const tiers = [scored(await run(query))];
  if ((tiers[0]?.length ?? 0) < 3) {
    const topics = topicWords(query);
    const { words, known } = await loadVocabulary();
    const corrected = topics.map((w) => correctWord(w, words, known));
    tiers.push(scored(await run(corrected.join(' '))));
    if (corrected.length > 1) tiers.push(scored((await Promise.all(corrected.map(run))).flat()));
  }
  const ranked = mergeRankings(tiers).slice(0, limit);
  const data = await Promise.all(ranked.map((id) => (byUrl.get(id) as PagefindResult).data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    excerpt: d.excerpt,
    kind: d.meta['kind'] ?? 'Article',
    subResults: (d.sub_results ?? []).filter((s) => s.url !== d.url).slice(0, 2),
  }));
}
