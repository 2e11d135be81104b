import { toLocale } from '../i18n';
import { buildProseExcerpt, escapeHtml, TERMS_META } from './excerpt';
import { HIGHLIGHT_PARAM, PAGEFIND_PATH, vocabularyFile } from './paths';
import { correctWord, mergeRankings, topicWords } from './query';

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
  content: string;
  word_count: number;
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results?: SearchSubResult[];
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A Pagefind filter, e.g. `{ section: 'Recover' }` or `{ kind: 'Glossary' }`. */
export type SearchFilter = Record<string, string>;

export { HIGHLIGHT_PARAM };

let loading: Promise<Pagefind> | undefined;

/** The page's language as Pagefind reads it (`<html lang>`): Pagefind searches the index of that language. */
function pageLanguage(): string {
  return document.documentElement.lang.toLowerCase();
}

/** Loads the Pagefind runtime once, on first use, from the site's own PAGEFIND_PATH folder. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${PAGEFIND_PATH}pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // On the main thread: for an index this size a worker only adds a message hop per result.
    await pf.options({ excerptLength: 24, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    await pf.init();
    void warmUp(pf);
    return pf;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Runs one throwaway search while the reader is still looking at the empty dialog: it starts
 * the WebAssembly engine, fetches the index chunk most queries need (the site's own name is in
 * every article), and runs the decompression and excerpt code once, so the reader's first real
 * query does none of that. Errors are ignored: the real search reports its own.
 */
async function warmUp(pf: Pagefind): Promise<void> {
  try {
    const warm = await pf.search('skinpen');
    await warm?.results[0]?.data();
  } catch {
    // The reader's own search shows the error.
  }
}

/** How many results are fetched and shown first; the rest follow at once. */
const FIRST_BATCH = 3;

let vocabulary: Promise<{ words: string[]; known: Set<string> }> | undefined;

/** Loads the word list of the page's language (made at build time) the first time a query needs correcting. */
function loadVocabulary(): Promise<{ words: string[]; known: Set<string> }> {
  vocabulary ??= fetch(`${PAGEFIND_PATH}${vocabularyFile(pageLanguage())}`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .then((words) => ({ words, known: new Set(words) }))
    .catch(() => ({ words: [], known: new Set<string>() }));
  return vocabulary;
}

/** What a search found, delivered in two parts so the best answers show without waiting for the rest. */
export interface SearchProgress {
  /** How many results there are in all (at most the limit). */
  total: number;
  /** The first few results, best first. */
  first: SearchHit[];
  /** The remaining results, in order, once they have loaded. */
  rest: Promise<SearchHit[]>;
}

/**
 * The excerpt a reader sees: on a page that ends in search-term lists (keywords, glossary
 * aliases), a window of its prose, or its one-sentence description when only the lists
 * matched; elsewhere Pagefind's own excerpt.
 */
function readableExcerpt(d: PagefindData): string {
  const terms = Number(d.meta[TERMS_META] ?? 0);
  if (!(terms > 0)) return d.excerpt;
  const prose = buildProseExcerpt(d.content, d.locations, d.word_count - terms);
  return prose ?? escapeHtml(d.meta['description'] ?? '');
}

function toHit(d: PagefindData): SearchHit {
  return {
    url: d.url,
    title: d.meta['title'] ?? d.url,
    excerpt: readableExcerpt(d),
    kind: d.meta['kind'] ?? 'Article',
    subResults: (d.sub_results ?? []).filter((s) => s.url !== d.url).slice(0, 2),
  };
}

/**
 * Runs a query and returns the first `limit` hits, best first. Pagefind needs every word to
 * match and knows no misspellings, so when a question finds fewer than three pages this also
 * tries its topic words with misspellings corrected to words the site uses, then each topic
 * word alone; pages found by the exact query always rank first.
 *
 * Each hit needs one request for its page's excerpt. The first `FIRST_BATCH` are requested
 * alone, so they arrive (and can be shown) sooner; the others are requested after them.
 */
export async function searchSite(query: string, filter?: SearchFilter, limit = 8): Promise<SearchProgress> {
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
    const topics = topicWords(query, toLocale(pageLanguage()));
    const { words, known } = await loadVocabulary();
    const corrected = topics.map((w) => correctWord(w, words, known));
    tiers.push(scored(await run(corrected.join(' '))));
    if (corrected.length > 1) tiers.push(scored((await Promise.all(corrected.map(run))).flat()));
  }
  const ranked = mergeRankings(tiers)
    .slice(0, limit)
    .map((id) => byUrl.get(id) as PagefindResult);
  const load = (results: PagefindResult[]) => Promise.all(results.map(async (r) => toHit(await r.data())));
  const first = await load(ranked.slice(0, FIRST_BATCH));
  return { total: ranked.length, first, rest: load(ranked.slice(FIRST_BATCH)) };
}
