/** Build-time access to the glossary in one language. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './i18n';

/** A glossary entry's words in one language, with its shared id and sources. */
export interface GlossaryView {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  sources: string[];
}

/** An entry in `locale`, or undefined when it has not been translated into it yet. */
export function viewGlossaryEntry(
  entry: CollectionEntry<'glossary'>['data'],
  locale: Locale,
): GlossaryView | undefined {
  const words = locale === 'en' ? entry : entry.es;
  if (!words) return undefined;
  const { term, aliases, definition } = words;
  return { id: entry.id, term, aliases, definition, sources: entry.sources };
}

/** The entries in `locale`, sorted by term as that language sorts, and the English entries not translated yet. */
export async function getGlossary(locale: Locale): Promise<{ entries: GlossaryView[]; untranslated: GlossaryView[] }> {
  const all = (await getCollection('glossary')).map((e) => e.data);
  const byTerm = (a: GlossaryView, b: GlossaryView) => a.term.localeCompare(b.term, locale);
  const entries = all.flatMap((e) => viewGlossaryEntry(e, locale) ?? []).sort(byTerm);
  const untranslated = all
    .filter((e) => viewGlossaryEntry(e, locale) === undefined)
    .flatMap((e) => viewGlossaryEntry(e, 'en') ?? [])
    .sort(byTerm);
  return { entries, untranslated };
}
