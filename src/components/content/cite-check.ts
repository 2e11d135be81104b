/** The check every citing content component runs before it renders: all its ids are in the article's sources. */

/** What an article page puts in Astro.locals for citations (src/pages/articles/[slug].astro). */
export interface CiteLocals {
  citeOrder?: readonly string[];
  citePage?: string;
}

/**
 * Throws one error naming every reference id a component cites that the article's frontmatter
 * `sources` lacks, so an author fixes them all at once; outside an article it throws too.
 */
export function assertCitable(component: string, ids: readonly string[], locals: CiteLocals, page: string): void {
  const order = locals.citeOrder;
  const where = locals.citePage ?? page;
  if (!order) throw new Error(`${component} is only for articles (${where}).`);
  const missing = [...new Set(ids)].filter((id) => !order.includes(id));
  if (missing.length > 0) {
    throw new Error(
      `${where}: ${component} cites ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not in the article's frontmatter "sources". Add ${missing.length === 1 ? 'it' : 'them'} there.`,
    );
  }
}
