import type { Locale } from '../i18n';

/** Everyday words that carry no topic on their own, per language; dropped when a whole question finds too little. */
export const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(
    "a an and are am be been but by can could did do does doing for from get got had has have how i if in into is it its me my of on or our should so than that the their them then there these they this to too up us was we were what when where which who why will with would you your ive im dont can't cant stand mean meaning".split(
      ' ',
    ),
  ),
  // Written with and without accents, as patients type both.
  es: new Set(
    'a al algo algun alguna ante con como cómo cual cuál cuales cuáles cuando cuándo cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas de del desde donde dónde el él ella ellos en entre era es esa ese eso esta está estas este esto estoy están fue ha han hay haber la las le les lo los mas más me mi mis mucho muy ni no nos o os para pero poco por porque puede pueden puedo que qué quien quién se sea ser si sí sin sobre son su sus también te tener tengo ti tu tú tus un una uno unos unas y ya yo debo hago hace significa'.split(
      ' ',
    ),
  ),
};

/** Splits a query into lower-case words (letters, digits, apostrophes and inner hyphens). */
export function tokenize(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The words of a query that carry its topic, for a query typed on a page in `locale`. */
export function topicWords(query: string, locale: Locale = 'en'): string[] {
  return tokenize(query).filter((w) => !STOP_WORDS[locale].has(w.replace(/’/g, "'")));
}

/** A word without its accents and other marks: "micropunción" becomes "micropuncion". */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Damerau–Levenshtein distance (with adjacent swaps), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] ?? limit + 1;
}

/** How many edits a word of this length may be away from a real word and still be corrected. */
export function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

/**
 * The site's own word for a misspelt one: a word that differs only in accents ("cicatriz" for
 * "cicátriz", "enrojecimiento" whatever the accents), else the closest word in `vocabulary`
 * (most frequent first, so ties go to the commoner word), else the word itself when it is
 * known or nothing is close.
 */
export function correctWord(word: string, vocabulary: readonly string[], known: ReadonlySet<string>): string {
  if (known.has(word)) return word;
  const folded = foldAccents(word);
  const sameLetters = vocabulary.find((candidate) => foldAccents(candidate) === folded);
  if (sameLetters !== undefined) return sameLetters;
  const limit = allowedEdits(word);
  if (limit === 0) return word;
  let best = word;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const d = editDistance(folded, foldAccents(candidate), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** A ranked page from one of several searches. */
export interface ScoredUrl {
  url: string;
  score: number;
}

/**
 * Combines ranked lists from several searches: each list's results keep their order, earlier
 * lists outrank later ones, and a page found by several searches gathers their scores.
 */
export function mergeRankings(lists: readonly (readonly ScoredUrl[])[]): string[] {
  const totals = new Map<string, { tier: number; score: number }>();
  lists.forEach((list, tier) => {
    for (const { url, score } of list) {
      const current = totals.get(url);
      if (current) current.score += score;
      else totals.set(url, { tier, score });
    }
  });
  return [...totals.entries()].sort((a, b) => a[1].tier - b[1].tier || b[1].score - a[1].score).map(([url]) => url);
}
