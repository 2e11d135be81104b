/**
 * Reading level of Spanish prose: a Spanish syllable counter and the Szigriszt-Pazos
 * perspicuity formula read on the INFLESZ scale (Barrio-Cantalejo et al., 2008), which
 * Spanish health-information studies use. Flesch–Kincaid is calibrated on English syllable
 * lengths and misreads Spanish, whose words are longer for the same difficulty.
 */
import { splitSentences } from './readability';

/** a, e, o, and any vowel with an acute accent: two of these side by side are two syllables (hiatus). */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
/** Unaccented i and u (and ü): beside another vowel they join it in one syllable (diphthong). */
const WEAK = new Set(['i', 'u', 'ü']);
const isVowel = (c: string | undefined) => c !== undefined && (STRONG.has(c) || WEAK.has(c));

/**
 * The word's letters as vowels ('V') and consonants, after the spelling rules that hide or
 * add vowels: the silent u of "que, qui, gue, gui"; a y that sounds as a vowel (alone, or at
 * the end of a word after a vowel: "y", "muy", "hoy"); and an h between vowels, which does not
 * stop them forming a diphthong ("prohi-bir", "ahu-mar", as the RAE's Ortografía divides them).
 */
function vowelGroups(word: string): string[][] {
  const letters = [...word.toLowerCase().normalize('NFC')].filter((c) => /\p{L}/u.test(c));
  const kept: string[] = [];
  letters.forEach((c, i) => {
    const prev = letters[i - 1];
    const next = letters[i + 1];
    if (c === 'u' && (prev === 'q' || prev === 'g') && (next === 'e' || next === 'i' || next === 'é' || next === 'í'))
      return;
    if (c === 'h' && prev !== 'c' && isVowel(kept[kept.length - 1]) && isVowel(next)) return;
    if (c === 'y') {
      const asVowel = letters.length === 1 || (next === undefined && isVowel(prev));
      kept.push(asVowel ? 'i' : 'y');
      return;
    }
    kept.push(c);
  });
  const groups: string[][] = [];
  let current: string[] = [];
  for (const c of kept) {
    if (isVowel(c)) current.push(c);
    else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** How many syllables one run of vowels makes: a new one at each hiatus (two strong vowels, or a doubled weak one). */
function syllablesInGroup(group: readonly string[]): number {
  let count = 1;
  for (let i = 1; i < group.length; i++) {
    const a = group[i - 1] as string;
    const b = group[i] as string;
    if ((STRONG.has(a) && STRONG.has(b)) || (WEAK.has(a) && a === b)) count += 1;
  }
  return count;
}

/**
 * The number of syllables of a Spanish word, by the rules of diphthong, triphthong and hiatus
 * ("ciu-dad" 2, "pa-ís" 2, "a-ve-ri-guáis" 4, "le-er" 2). A word with no vowel (an
 * abbreviation such as "mm") counts as one syllable.
 */
export function countSpanishSyllables(word: string): number {
  const total = vowelGroups(word).reduce((sum, g) => sum + syllablesInGroup(g), 0);
  return Math.max(1, total);
}

/** The INFLESZ scale's bands, from hardest to easiest, with the lowest score of each. */
export const INFLESZ_BANDS = [
  { band: 'veryHard', from: 0 },
  { band: 'somewhatHard', from: 40 },
  { band: 'normal', from: 55 },
  { band: 'fairlyEasy', from: 65 },
  { band: 'veryEasy', from: 80 },
] as const;

/** One band of the INFLESZ scale. */
export type InfleszBand = (typeof INFLESZ_BANDS)[number]['band'];

/** The INFLESZ band a score falls in (below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, 80 and up very easy). */
export function infleszBand(score: number): InfleszBand {
  let found: InfleszBand = 'veryHard';
  for (const b of INFLESZ_BANDS) if (score >= b.from) found = b.band;
  return found;
}

/** Counts and the INFLESZ score of a body of Spanish prose. */
export interface SpanishReadingStats {
  /** Number of words. */
  words: number;
  /** Number of sentences. */
  sentences: number;
  /** Number of syllables, by `countSpanishSyllables`. */
  syllables: number;
  /** Szigriszt-Pazos perspicuity, 0 (hardest) to 100 (easiest) in practice, rounded to one decimal; 0 for no text. */
  score: number;
  /** The score's band on the INFLESZ scale. */
  band: InfleszBand;
}

const wordPattern = /[\p{L}][\p{L}'’-]*/gu;

/**
 * Measures Spanish prose given as blocks (each paragraph or list item one block):
 * 206.835 − 62.3 × syllables/words − words/sentences.
 */
export function measureSpanishReadability(blocks: readonly string[]): SpanishReadingStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    // ¿ and ¡ open a sentence; the one before has already ended at its own mark.
    for (const sentence of splitSentences(block.replace(/[¿¡]/g, ''))) {
      const found = sentence.match(wordPattern) ?? [];
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      syllables += found.reduce((sum, w) => sum + countSpanishSyllables(w), 0);
    }
  }
  if (words === 0) return { words, sentences, syllables, score: 0, band: 'veryHard' };
  const score = Math.round((206.835 - 62.3 * (syllables / words) - words / sentences) * 10) / 10;
  return { words, sentences, syllables, score, band: infleszBand(score) };
}
