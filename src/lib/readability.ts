import { syllable } from 'syllable';

/** Counts and the Flesch–Kincaid grade of a body of prose. */
export interface ReadingStats {
  /** Number of words. */
  words: number;
  /** Number of sentences. */
  sentences: number;
  /** Number of syllables, counted by the `syllable` package. */
  syllables: number;
  /** Flesch–Kincaid grade level, rounded to one decimal; 0 for empty text. */
  grade: number;
}

const wordPattern = /[\p{L}][\p{L}'’-]*/gu;

/** Splits one block of prose (a paragraph or list item) into sentences. */
export function splitSentences(block: string): string[] {
  return block
    .split(/(?<=[.!?:;])\s+/u)
    .map((s) => s.trim())
    .filter((s) => wordPattern.test(s) && (wordPattern.lastIndex = 0) === 0);
}

/**
 * Measures prose given as blocks (each paragraph or list item one block, so a list item
 * without a full stop still ends a sentence).
 */
export function measureReadability(blocks: readonly string[]): ReadingStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentence of splitSentences(block)) {
      const found = sentence.match(wordPattern) ?? [];
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      syllables += found.reduce((sum, w) => sum + syllable(w), 0);
    }
  }
  if (words === 0) return { words, sentences, syllables, grade: 0 };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
