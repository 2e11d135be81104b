import { readFileSync } from 'node:fs';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { parse } from 'yaml';
import { createTermMatcher, linkFirstUses, type LinkableTerm } from '../lib/glossary-link';
import { measureReadability } from '../lib/readability';

type AnyNode = { type: string; tagName?: string; value?: string; children?: AnyNode[] };

/** Reads glossary terms and aliases from the glossary data file. */
export function readLinkableTerms(path = 'src/content/glossary/glossary.yaml'): LinkableTerm[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) return [];
  return raw.map((e: { id: string; term: string; aliases?: string[] }) => ({
    id: e.id,
    phrases: [e.term, ...(e.aliases ?? [])],
  }));
}

const proseTags = ['p', 'li'];

/**
 * Links the first use of each glossary term in an article's paragraphs and list items to
 * its definition on the glossary page (a plain link, so it works without JavaScript).
 */
export function glossaryLinks(terms: readonly LinkableTerm[]): HastPluginEntry {
  const match = createTermMatcher(terms);
  return () => {
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
                      properties: { href: `/glossary/#${p.id}`, className: ['glossary-term'] },
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
 * Measures the article's prose (paragraphs, and list items that hold no paragraph) and
 * exposes words and Flesch–Kincaid grade as `readingStats` on the rendered entry.
 */
export function readingStats(): HastPluginEntry {
  return () => {
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
        if (astro?.frontmatter) astro.frontmatter['readingStats'] = measureReadability(blocks);
      },
    });
  };
}
