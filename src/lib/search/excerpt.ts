/** Escapes text for safe use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Makes a Pagefind excerpt safe to insert as HTML: every tag is escaped except the
 * `<mark>` highlights Pagefind adds around matched words. Pagefind encodes the text's
 * entities itself, so they are decoded first and encoded once.
 */
export function sanitizeExcerpt(excerpt: string): string {
  const open = '\u0000o\u0000';
  const close = '\u0000c\u0000';
  const marked = excerpt.replaceAll('<mark>', open).replaceAll('</mark>', close);
  const text = marked
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e] ?? '');
  return escapeHtml(text).replaceAll(open, '<mark>').replaceAll(close, '</mark>');
}

/** Name of the Pagefind metadata that says how many words at the end of a page are search terms, not prose. */
export const TERMS_META = 'terms';

/**
 * An excerpt of a page's prose, in Pagefind's format (text with entities encoded and matched
 * words in `<mark>`): the window of `length` words holding the most matches, starting two
 * words before its first match. `proseWords` is how many of the page's words are prose: the
 * rest are the search-term lists at its end, which never show. Undefined when no match is in the prose.
 */
export function buildProseExcerpt(
  content: string,
  locations: readonly number[],
  proseWords: number,
  length = 24,
): string | undefined {
  const words = content.split(/\s+/).slice(0, proseWords);
  const hits = [...new Set(locations.filter((l) => l >= 0 && l < words.length))].sort((a, b) => a - b);
  if (hits.length === 0) return undefined;
  let best = { start: 0, count: 0 };
  for (const [i, first] of hits.entries()) {
    const count = hits.slice(i).filter((l) => l < first + length).length;
    if (count > best.count) best = { start: first, count };
  }
  const start = Math.max(0, Math.min(best.start - 2, words.length - length));
  const marked = new Set(hits);
  return words
    .slice(start, start + length)
    .map((w, i) => {
      const encoded = w.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
      return marked.has(start + i) ? `<mark>${encoded}</mark>` : encoded;
    })
    .join(' ');
}
