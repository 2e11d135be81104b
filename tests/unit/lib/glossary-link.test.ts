import { describe, expect, it } from 'vitest';
import { createTermMatcher, linkFirstUses } from '../../../src/lib/glossary-link';

const match = createTermMatcher([
  { id: 'erythema', phrases: ['Erythema', 'redness'] },
  { id: 'pih', phrases: ['PIH', 'post-inflammatory hyperpigmentation'] },
  { id: 'collagen', phrases: ['collagen'] },
  { id: 'cit', phrases: ['collagen induction therapy'] },
]);

describe('createTermMatcher', () => {
  it.each([
    ['Some redness is normal.', { id: 'erythema', start: 5, end: 12 }],
    ['REDNESS fades.', { id: 'erythema', start: 0, end: 7 }],
    ['Collagen induction therapy works slowly.', { id: 'cit', start: 0, end: 26 }],
    ['New collagen forms.', { id: 'collagen', start: 4, end: 12 }],
    ['Rednesses are not matched inside words.', undefined],
    ['PIHs is not a whole word.', undefined],
    ['Nothing here.', undefined],
  ])('finds the first whole-word term in %j', (text, expected) => {
    expect(match(text, new Set())).toEqual(expected);
  });

  it('skips terms already linked', () => {
    expect(match('redness and PIH', new Set(['erythema']))).toEqual({ id: 'pih', start: 12, end: 15 });
  });

  it('matches nothing when the glossary is empty', () => {
    expect(createTermMatcher([])('redness', new Set())).toBeUndefined();
  });
});

describe('linkFirstUses', () => {
  it('links only the first use of each term and keeps the rest of the text', () => {
    const linked = new Set<string>();
    expect(linkFirstUses('Redness, then more redness and PIH.', match, linked)).toEqual([
      { kind: 'term', id: 'erythema', value: 'Redness' },
      { kind: 'text', value: ', then more redness and ' },
      { kind: 'term', id: 'pih', value: 'PIH' },
      { kind: 'text', value: '.' },
    ]);
    expect([...linked].sort()).toEqual(['erythema', 'pih']);
  });

  it('leaves text with no new terms as a single text piece', () => {
    expect(linkFirstUses('More redness.', match, new Set(['erythema']))).toEqual([
      { kind: 'text', value: 'More redness.' },
    ]);
  });
});
