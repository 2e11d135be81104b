import { escapeHtml, sanitizeExcerpt } from './excerpt';
import type { SearchHit } from './pagefind-client';

/** The text announced for a result count. */
export function describeCount(count: number, query: string): string {
  if (query.trim() === '') return '';
  if (count === 0) return `No results for “${query}”.`;
  return `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
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
