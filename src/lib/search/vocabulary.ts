/** The text of an indexed page's main content without tags; empty for pages kept out of the index. */
export function extractIndexedText(html: string): string {
  if (!html.includes('data-pagefind-body')) return '';
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** A page's `<html lang>`, lower-case, as Pagefind reads it to choose the page's index; '' when it has none. */
export function readPageLanguage(html: string): string {
  return (/<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? '').toLowerCase();
}

/**
 * Every word of four or more letters in the given pages, most frequent first: the words a
 * misspelt query can be corrected to, because the index is known to contain them.
 */
export function buildVocabulary(pages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const html of pages) {
    for (const word of extractIndexedText(html)
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/**
 * One vocabulary per page language, as Pagefind makes one index per language: a Spanish
 * query is corrected only to words of the Spanish pages. Pages without a language are left out.
 */
export function buildVocabularies(pages: readonly string[]): Map<string, string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const html of pages) {
    const lang = readPageLanguage(html);
    if (lang) byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), html]);
  }
  return new Map([...byLanguage].map(([lang, group]) => [lang, buildVocabulary(group)]));
}
