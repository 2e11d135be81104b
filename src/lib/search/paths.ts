/** Where the site serves Pagefind's files: the build writes them to dist/pagefind/, the dev server serves them from memory. */
export const PAGEFIND_PATH = '/pagefind/';

/** The spelling vocabulary's file name inside PAGEFIND_PATH for one language (an `<html lang>` value). */
export function vocabularyFile(lang: string): string {
  return `search-vocabulary.${lang}.json`;
}

/**
 * Query parameter that carries the search terms to the result page, where they are highlighted.
 * Here, not in pagefind-client.ts, so the highlighter every page loads stays a few bytes.
 */
export const HIGHLIGHT_PARAM = 'highlight';
