/** Build-time access to the translated articles, paired with their English originals. */
import { readFileSync } from 'node:fs';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { getCollection, type CollectionEntry } from 'astro:content';
import { getPublishedArticles, sortInReadingOrder, type Article } from './articles';
import { DEFAULT_LOCALE, type Locale } from './i18n';
import { hashSource } from './translation';

/** A Spanish article entry. */
export type TranslatedEntry = CollectionEntry<'articlesEs'>;

/** A published translation with what it inherits from its original. */
export interface TranslatedArticle {
  /** The shared slug. */
  id: string;
  /** The translation's own entry. */
  entry: TranslatedEntry;
  /** The English original. */
  original: Article;
  /** Reading-order fields: section and order from the original, the translated title. */
  data: { section: Article['data']['section']; order: number; title: string };
  /** True when the original's file changed after the translation was made. */
  outdated: boolean;
}

/** Every published Spanish translation whose original is published, in reading order. */
export async function getTranslatedArticles(): Promise<TranslatedArticle[]> {
  const originals = new Map((await getPublishedArticles()).map((a) => [a.id, a]));
  const entries = await getCollection('articlesEs', (e) => !e.data.draft);
  const paired = entries.flatMap((entry) => {
    const original = originals.get(entry.data.translation.from);
    if (!original) return [];
    const text = readFileSync(original.filePath ?? '', 'utf8');
    return [
      {
        id: entry.id,
        entry,
        original,
        data: { section: original.data.section, order: original.data.order, title: entry.data.title },
        outdated: hashSource(text) !== entry.data.translation.sourceHash,
      },
    ];
  });
  return sortInReadingOrder(paired);
}

/** A link to an article as a page in `locale` shows it: in that language when translated, else in English. */
export interface ArticleLink {
  id: string;
  href: string;
  title: string;
  /** The language of the page the link leads to. */
  lang: Locale;
  section: Article['data']['section'];
  description: string;
}

/**
 * Every published article in reading order, as links for a page in `locale`: the translation
 * where there is one, otherwise the English original (which the page marks as English).
 */
export async function getArticleLinks(locale: Locale): Promise<ArticleLink[]> {
  const english = await getPublishedArticles();
  const translated =
    locale === DEFAULT_LOCALE
      ? new Map<string, TranslatedArticle>()
      : new Map((await getTranslatedArticles()).map((t) => [t.id, t]));
  return english.map((a) => {
    const t = translated.get(a.id);
    return t
      ? {
          id: a.id,
          href: getRelativeLocaleUrl(locale, `articles/${a.id}/`),
          title: t.entry.data.title,
          lang: locale,
          section: a.data.section,
          description: t.entry.data.description,
        }
      : {
          id: a.id,
          href: getRelativeLocaleUrl(DEFAULT_LOCALE, `articles/${a.id}/`),
          title: a.data.title,
          lang: DEFAULT_LOCALE,
          section: a.data.section,
          description: a.data.description,
        };
  });
}
