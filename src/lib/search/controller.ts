import { describeCount, renderHits } from './render';
import { loadPagefind, searchSite } from './pagefind-client';

/** The elements one search box drives. */
export interface SearchElements {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
}

/**
 * Wires a combobox-style search box: typing searches, ArrowUp/ArrowDown move through the
 * results, Enter opens the active one, and the result count is announced politely.
 */
export function attachSearch({ input, list, status }: SearchElements): { run(query: string): Promise<void> } {
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

  async function run(query: string): Promise<void> {
    const mine = ++generation;
    if (query.trim() === '') {
      list.innerHTML = '';
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
      return;
    }
    try {
      const hits = await searchSite(query);
      if (mine !== generation) return;
      list.innerHTML = renderHits(hits, idPrefix);
      status.textContent = describeCount(hits.length, query);
      input.setAttribute('aria-expanded', String(hits.length > 0));
      setActive(hits.length > 0 ? 0 : -1);
    } catch {
      if (mine !== generation) return;
      list.innerHTML = '';
      status.textContent = 'Search is not available right now. Browse all articles instead.';
    }
  }

  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') setActive(active + 1);
    else if (event.key === 'ArrowUp') setActive(active - 1);
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
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
  return { run };
}
