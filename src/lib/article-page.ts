/** What both article routes (English and translated) load besides the entry itself. Build time only. */
import { getCollection } from 'astro:content';
import type { Reference } from '../content/schemas';
import type { Locale } from './i18n';

/** The references named by `ids`, in order; an unknown id fails the build naming the file. */
export async function loadSources(ids: readonly string[], file: string): Promise<Reference[]> {
  const references = new Map((await getCollection('references')).map((r) => [r.id, r.data]));
  return ids.map((id) => {
    const ref = references.get(id);
    if (!ref) throw new Error(`${file}: sources names unknown reference id "${id}".`);
    return ref;
  });
}

/** The other names, in `locale`, of the glossary terms an article links, indexed for search only. */
export async function loadSearchAliases(termIds: readonly string[], locale: Locale): Promise<string[]> {
  const glossary = new Map((await getCollection('glossary')).map((g) => [g.id, g.data]));
  return termIds.flatMap((id) => {
    const entry = glossary.get(id);
    if (!entry) return [];
    if (locale === 'en') return [entry.term, ...entry.aliases];
    return entry.es ? [entry.es.term, ...entry.es.aliases] : [];
  });
}
