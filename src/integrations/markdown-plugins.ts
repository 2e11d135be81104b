import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { parse } from 'yaml';
import { createTermMatcher, linkFirstUses, type LinkableTerm } from '../lib/glossary-link';
import { LOCALE_INFO, localizeInternalLink, type Locale } from '../lib/i18n';
import { measureReadingLevel } from '../lib/reading-level';
import { getStrings } from '../lib/strings';
import { localeOfContentFile, readOriginals, readTranslations } from '../lib/translation';

type AnyNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: AnyNode[];
};

const GLOSSARY_FILE = 'src/content/glossary/glossary.yaml';

type GlossaryRow = { id: string; term: string; aliases?: string[]; es?: { term: string; aliases?: string[] } };

function readGlossary(path: string): GlossaryRow[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  return Array.isArray(raw) ? (raw as GlossaryRow[]) : [];
}

/** Glossary terms and aliases per language from the glossary data file (entries without Spanish have none in Spanish). */
export function readLinkableTerms(path = GLOSSARY_FILE): Record<Locale, LinkableTerm[]> {
  const rows = readGlossary(path);
  return {
    en: rows.map((e) => ({ id: e.id, phrases: [e.term, ...(e.aliases ?? [])] })),
    es: rows.flatMap((e) => (e.es ? [{ id: e.id, phrases: [e.es.term, ...(e.es.aliases ?? [])] }] : [])),
  };
}

/**
 * The unprefixed paths that also exist in Spanish: the fixed pages, each published translation
 * whose original is published, and `/glossary/#id` and `/glossary/<id>/` for entries with Spanish.
 */
export function readSpanishPaths(glossaryPath = GLOSSARY_FILE): Set<string> {
  const originals = readOriginals();
  const paths = new Set(['/', '/articles/', '/search/', '/references/', '/glossary/']);
  for (const t of readTranslations()) if (!t.draft && originals.has(t.slug)) paths.add(`/articles/${t.slug}/`);
  for (const e of readGlossary(glossaryPath)) {
    if (e.es) paths.add(`/glossary/#${e.id}`).add(`/glossary/${e.id}/`);
  }
  return paths;
}

/** The language of the document a plugin factory is compiling. */
function documentLocale(ctx: { fileURL: URL | undefined }): Locale {
  return localeOfContentFile(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
}

const proseTags = ['p', 'li'];

/**
 * Links the first use of each glossary term in an article's paragraphs and list items to
 * its definition on the glossary page of the article's language (a plain link, so it works
 * without JavaScript).
 */
export function glossaryLinks(terms: Record<Locale, readonly LinkableTerm[]>): HastPluginEntry {
  const matchers = { en: createTermMatcher(terms.en), es: createTermMatcher(terms.es) };
  return (factory) => {
    const locale = documentLocale(factory);
    const match = matchers[locale];
    const glossaryPath = locale === 'en' ? '/glossary/' : `/${locale}/glossary/`;
    const linked = new Set<string>();
    return defineHastPlugin({
      name: 'skinpen-glossary-links',
      element: {
        filter: proseTags,
        visit(node, ctx) {
          for (const child of (node as unknown as AnyNode).children ?? []) {
            if (child.type !== 'text' || !child.value) continue;
            const pieces = linkFirstUses(child.value, match, linked);
            if (pieces.length === 1 && pieces[0]?.kind === 'text') continue;
            ctx.replaceNode(
              child as never,
              pieces.map((p) =>
                p.kind === 'text'
                  ? { type: 'text', value: p.value }
                  : {
                      type: 'element',
                      tagName: 'a',
                      properties: { href: `${glossaryPath}#${p.id}`, className: ['glossary-term'] },
                      children: [{ type: 'text', value: p.value }],
                    },
              ) as never,
            );
          }
        },
      },
      after(_root, ctx) {
        // Lets the page add these terms' other names to the search index (see ArticleLayout).
        const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
        if (astro?.frontmatter) astro.frontmatter['glossaryTerms'] = [...linked];
      },
    });
  };
}

function textOf(node: AnyNode, skip: (n: AnyNode) => boolean): string {
  if (skip(node)) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((c) => textOf(c, skip)).join('');
}

/**
 * Measures the article's prose (paragraphs, and list items that hold no paragraph) with the
 * formula for its language (Flesch–Kincaid grade in English, INFLESZ in Spanish) and exposes
 * the result as `readingStats` on the rendered entry.
 */
export function readingStats(): HastPluginEntry {
  return (factory) => {
    const locale = documentLocale(factory);
    const blocks: string[] = [];
    return defineHastPlugin({
      name: 'skinpen-reading-stats',
      element: {
        filter: proseTags,
        visit(node) {
          const el = node as unknown as AnyNode;
          if (el.tagName === 'li' && (el.children ?? []).some((c) => c.tagName === 'p')) return;
          const text = textOf(el, (n) => n.tagName === 'ul' || n.tagName === 'ol' || n.type.startsWith('mdx'));
          if (text.trim()) blocks.push(text.trim());
        },
      },
      after(_root, ctx) {
        const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
        if (astro?.frontmatter) astro.frontmatter['readingStats'] = measureReadingLevel(locale, blocks);
      },
    });
  };
}

/**
 * In a translated article, points each link to an English page at its twin when there is one,
 * and otherwise marks it as English where it stands: `hreflang="en"` and a visible "(en inglés)".
 * Translators can keep the English addresses. English articles are left as they are.
 */
export function localizeLinks(available: ReadonlySet<string>): HastPluginEntry {
  return (factory) => {
    const locale = documentLocale(factory);
    if (locale === 'en') return null;
    const marker = getStrings(locale).site.inLanguage.en;
    return defineHastPlugin({
      name: 'skinpen-localize-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = (node as unknown as AnyNode).properties?.['href'];
          if (typeof href !== 'string') return;
          const target = localizeInternalLink(href, locale, available);
          if (!target) return;
          ctx.setProperty(node, 'href', target.href);
          if (!target.foreign) return;
          // The link's words are the translator's; only the page it leads to is in English.
          ctx.setProperty(node, 'hrefLang', LOCALE_INFO.en.htmlLang);
          ctx.setProperty(node, 'dataOtherLanguage', 'en');
          ctx.appendChild(node, { type: 'text', value: ` ${marker}` } as never);
        },
      },
    });
  };
}
