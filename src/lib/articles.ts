import { getCollection, type CollectionEntry } from 'astro:content';
import { SECTIONS, type Section } from '../content/schemas';

/** A published article entry. */
export type Article = CollectionEntry<'articles'>;

/** Sorts articles into reading order: by section, then by `order`, then by title. */
export function sortInReadingOrder<T extends { data: { section: Section; order: number; title: string } }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      SECTIONS.indexOf(a.data.section) - SECTIONS.indexOf(b.data.section) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}

/** Every article that is not a draft, in reading order. */
export async function getPublishedArticles(): Promise<Article[]> {
  return sortInReadingOrder(await getCollection('articles', (a) => !a.data.draft));
}

/** The articles before and after one in reading order. */
export function findNeighbours<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const i = ordered.findIndex((a) => a.id === id);
  if (i < 0) return {};
  const result: { previous?: T; next?: T } = {};
  const previous = ordered[i - 1];
  const next = ordered[i + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

/** Groups articles by section, keeping reading order and leaving out empty sections. */
export function groupBySection<T extends { data: { section: Section } }>(
  ordered: readonly T[],
): { section: Section; items: T[] }[] {
  return SECTIONS.map((section) => ({ section, items: ordered.filter((a) => a.data.section === section) })).filter(
    (g) => g.items.length > 0,
  );
}

/** The URL path of an article. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}
