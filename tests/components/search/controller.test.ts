// The search box's behaviour, with the Pagefind client replaced by a controllable fake: what is
// typed before the script starts is searched, the best answers show before the rest, the rest
// are appended without moving the reader's place, and a newer query wins over an older one.
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchProgress } from '../../../src/lib/search/pagefind-client';
import { en } from '../../../src/lib/strings/en';

const searchSite = vi.fn<(query: string) => Promise<SearchProgress>>();
vi.mock('../../../src/lib/search/pagefind-client', () => ({
  searchSite: (query: string) => searchSite(query),
  loadPagefind: () => Promise.resolve({}),
}));
const { attachSearch } = await import('../../../src/lib/search/controller');

const hit = (n: number): SearchHit => ({
  url: `/articles/page-${n}/`,
  title: `Page ${n}`,
  excerpt: `about <mark>redness</mark> ${n}`,
  kind: 'Article',
  subResults: [],
});

/** Resolves when `resolve` is called: lets a test decide when the remaining hits arrive. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function mountBox(value = ''): HTMLElement {
  document.body.innerHTML = `
    <div data-search-box data-search-words='${JSON.stringify(en.search)}'>
      <label for="q">Search the guide</label>
      <input id="q" role="combobox" aria-expanded="false" aria-controls="q-results" data-search-input value="${value}">
      <p role="status" data-search-status></p>
      <ul id="q-results" role="listbox" aria-label="Search results" data-search-results></ul>
      <div data-search-suggestions><a href="/search/?q=x" data-search-suggestion="does it hurt">does it hurt</a></div>
    </div>`;
  return document.querySelector('[data-search-box]') as HTMLElement;
}

beforeEach(() => {
  searchSite.mockReset();
  // jsdom does no layout, so it has no scrollIntoView; the box calls it to keep the active option in view.
  Element.prototype.scrollIntoView = vi.fn();
});

describe('the search box', () => {
  it('searches words typed before its script started', async () => {
    searchSite.mockResolvedValue({ total: 1, first: [hit(1)], rest: Promise.resolve([]) });
    attachSearch(mountBox('redness'));
    expect(await screen.findByRole('option', { name: /Page 1/ })).toBeInTheDocument();
    expect(searchSite).toHaveBeenCalledWith('redness');
    expect(screen.getByRole('status')).toHaveTextContent('1 result for “redness”.');
  });

  it('shows the first answers and the full count at once, then appends the rest in order', async () => {
    const rest = deferred<SearchHit[]>();
    searchSite.mockResolvedValue({ total: 5, first: [hit(1), hit(2), hit(3)], rest: rest.promise });
    attachSearch(mountBox());
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), 'r');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    expect(screen.getByRole('status')).toHaveTextContent('5 results for “r”.');
    await user.keyboard('{ArrowDown}');
    rest.resolve([hit(4), hit(5)]);
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(5));
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.id)).toEqual([
      'q-results-opt-0',
      'q-results-opt-1',
      'q-results-opt-2',
      'q-results-opt-3',
      'q-results-opt-4',
    ]);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false', 'false', 'false']);
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-activedescendant', 'q-results-opt-1');
  });

  it('drops the late results of a query the reader has already replaced', async () => {
    const oldRest = deferred<SearchHit[]>();
    searchSite.mockImplementation((query) =>
      Promise.resolve(
        query === 're'
          ? { total: 4, first: [hit(1)], rest: oldRest.promise }
          : { total: 1, first: [hit(9)], rest: Promise.resolve([]) },
      ),
    );
    attachSearch(mountBox());
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), 're');
    await screen.findByRole('option', { name: /Page 1/ });
    await user.type(screen.getByRole('combobox'), 'd');
    await screen.findByRole('option', { name: /Page 9/ });
    oldRest.resolve([hit(2), hit(3), hit(4)]);
    await oldRest.promise;
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getAllByRole('option').map((o) => o.textContent?.match(/Page \d/)?.[0])).toEqual(['Page 9']);
  });
});
