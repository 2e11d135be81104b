import { describeCount, renderHits, type SearchWords } from './render';
import { loadPagefind, searchSite, type SearchFilter } from './pagefind-client';

/** Reads the filter select's value (`section:Recover`, `kind:Glossary` or empty) as a Pagefind filter. */
export function parseFilter(value: string): SearchFilter | undefined {
  const i = value.indexOf(':');
  if (i <= 0 || i === value.length - 1) return undefined;
  return { [value.slice(0, i)]: value.slice(i + 1) };
}

/**
 * Wires a search box (see SearchBox.astro): typing searches, the filter narrows by section
 * or kind, ArrowUp/ArrowDown move through results, Enter opens the active one, the result
 * count is announced politely, and suggestions show for an empty or fruitless query.
 */
export function attachSearch(root: HTMLElement): { run(query: string): Promise<void> } {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const filter = root.querySelector<HTMLSelectElement>('[data-search-filter]');
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]');
  const wordsJson = root.dataset['searchWords'];
  if (!input || !list || !status || !wordsJson)
    throw new Error('attachSearch: the search box is missing its input, list, status or words.');
  const words = JSON.parse(wordsJson) as SearchWords;
  let active = -1;
  let generation = 0;
  const idPrefix = `${list.id}-opt`;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const setActive = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const show = (html: string, message: string, count: number) => {
    list.innerHTML = html;
    status.textContent = message;
    input.setAttribute('aria-expanded', String(count > 0));
    if (suggestions) suggestions.hidden = count > 0;
    setActive(count > 0 ? 0 : -1);
  };

  const append = (html: string) => {
    list.insertAdjacentHTML('beforeend', html);
    setActive(active);
  };

  async function run(query: string): Promise<void> {
    const mine = ++generation;
    if (query.trim() === '') return show('', '', 0);
    try {
      const { total, first, rest } = await searchSite(query, parseFilter(filter?.value ?? ''));
      if (mine !== generation) return;
      // The best answers show (and the count is announced) as soon as they load; the others
      // are appended when they arrive, without moving the reader's place in the list.
      show(renderHits(first, idPrefix), describeCount(total, query, words), total);
      const more = await rest;
      if (mine === generation && more.length > 0) {
        append(renderHits(more, idPrefix, first.length));
      }
    } catch {
      if (mine === generation) show('', words.unavailable, 0);
    }
  }

  // Words typed while this code was still loading are searched now, not ignored.
  if (input.value.trim() === '') show('', '', 0);
  else void run(input.value);
  // Warm the index when the reader goes to the box (at once if they are already in it), so the
  // first keystroke is fast and a page that merely holds a search box does no search work on load.
  const warm = () => void loadPagefind().catch(() => undefined);
  if (document.activeElement === input) warm();
  for (const type of ['focus', 'pointerenter', 'touchstart'])
    input.addEventListener(type, warm, { once: true, passive: true });
  input.addEventListener('input', () => void run(input.value));
  filter?.addEventListener('change', () => void run(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') setActive(active + 1);
    else if (event.key === 'ArrowUp') setActive(active - 1);
    else if (event.key === 'Enter') {
      const url = options()[active]?.dataset['url'];
      if (url) window.location.assign(url);
    } else return;
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    const link = (event.target as HTMLElement).closest('a');
    if (option && !link && option.dataset['url']) window.location.assign(option.dataset['url']);
  });
  suggestions?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('[data-search-suggestion]');
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset['searchSuggestion'] ?? '';
    input.focus();
    void run(input.value);
  });
  return { run };
}
