/** A glossary entry reduced to what linking needs. */
export interface LinkableTerm {
  /** Glossary anchor id. */
  id: string;
  /** The term and its aliases, as written in prose. */
  phrases: readonly string[];
}

/** A phrase found in a text, with where it sits. */
export interface TermMatch {
  /** Glossary id of the matched term. */
  id: string;
  /** Index of the first character of the match. */
  start: number;
  /** Index after the last character of the match. */
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a matcher for a glossary: longest phrases win, matching ignores case and only
 * whole words count (so "PIH" does not match inside "PIHs" and "scar" not inside "scarf").
 */
export function createTermMatcher(
  terms: readonly LinkableTerm[],
): (text: string, skipIds: ReadonlySet<string>) => TermMatch | undefined {
  const byPhrase = new Map<string, string>();
  for (const t of terms) for (const p of t.phrases) byPhrase.set(p.toLowerCase(), t.id);
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return () => undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text, skipIds) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const id = byPhrase.get(m[0].toLowerCase());
      if (id !== undefined && !skipIds.has(id)) return { id, start: m.index, end: m.index + m[0].length };
    }
    return undefined;
  };
}

/** One piece of a text after linking: plain text, or a term to link to its definition. */
export type LinkedPiece = { kind: 'text'; value: string } | { kind: 'term'; id: string; value: string };

/**
 * Splits a text so that the first use of each glossary term not already in `linkedIds`
 * becomes a link piece; adds the ids it links to `linkedIds`.
 */
export function linkFirstUses(
  text: string,
  match: (text: string, skipIds: ReadonlySet<string>) => TermMatch | undefined,
  linkedIds: Set<string>,
): LinkedPiece[] {
  const pieces: LinkedPiece[] = [];
  let rest = text;
  for (let found = match(rest, linkedIds); found; found = match(rest, linkedIds)) {
    if (found.start > 0) pieces.push({ kind: 'text', value: rest.slice(0, found.start) });
    pieces.push({ kind: 'term', id: found.id, value: rest.slice(found.start, found.end) });
    linkedIds.add(found.id);
    rest = rest.slice(found.end);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push({ kind: 'text', value: rest });
  return pieces;
}
