import { escapeHtml, sanitizeExcerpt } from './excerpt';
import type { SearchHit } from './pagefind-client';

/** The words a search box announces, in the page's language (SearchBox.astro writes them into the page). */
export interface SearchWords {
  /** No result; `{query}` is the query. */
  countNone: string;
  /** One result; `{query}` is the query. */
  countOne: string;
  /** Several results; `{count}` and `{query}`. */
  countMany: string;
  /** Shown when the index cannot be loaded. */
  unavailable: string;
}

/** The text announced for a result count. */
export function describeCount(count: number, query: string, words: SearchWords): string {
  if (query.trim() === '') return '';
  const template = count === 0 ? words.countNone : count === 1 ? words.countOne : words.countMany;
  // A function replacement, so a "$" in the query is never read as a replacement pattern.
  return template.replace('{count}', () => String(count)).replace('{query}', () => query);
}

/**
 * Renders hits as options of a listbox; `idPrefix` keeps option ids unique per list, and
 * `start` numbers them when they are appended after others. Every option holds a real link,
 * so results also work by click and with a screen reader's link list.
 */
export function renderHits(hits: readonly SearchHit[], idPrefix: string, start = 0): string {
  return hits
    .map(
      (
        hit,
        i,
      ) => `<li role="option" id="${idPrefix}-${start + i}" aria-selected="false" data-url="${escapeHtml(hit.url)}" class="search-hit">
  <a href="${escapeHtml(hit.url)}" tabindex="-1"><span class="search-hit__kind">${escapeHtml(hit.kind)}</span> <span class="search-hit__title">${escapeHtml(hit.title)}</span></a>
  <p class="search-hit__excerpt">${sanitizeExcerpt(hit.excerpt)}</p>${hit.subResults
    .map((s) => `\n  <a class="search-hit__sub" href="${escapeHtml(s.url)}" tabindex="-1">${escapeHtml(s.title)}</a>`)
    .join('')}
</li>`,
    )
    .join('\n');
}
