import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  correctWord,
  editDistance,
  foldAccents,
  mergeRankings,
  tokenize,
  topicWords,
} from '../../../src/lib/search/query';
import {
  buildVocabularies,
  buildVocabulary,
  extractIndexedText,
  readPageLanguage,
} from '../../../src/lib/search/vocabulary';

describe('tokenize and topicWords', () => {
  it.each([
    ['How long is the redness?', ['how', 'long', 'is', 'the', 'redness'], ['long', 'redness']],
    [
      "Can I wear make-up after it's done",
      ['can', 'i', 'wear', 'make-up', 'after', "it's", 'done'],
      ['wear', 'make-up', 'after', "it's", 'done'],
    ],
    ['  ', [], []],
    ['SkinPen 2.5 mm', ['skinpen', '2', '5', 'mm'], ['skinpen', '2', '5', 'mm']],
  ])('splits %j', (query, tokens, topics) => {
    expect(tokenize(query)).toEqual(tokens);
    expect(topicWords(query)).toEqual(topics);
  });
});

describe('topicWords in Spanish', () => {
  it.each([
    ['¿Cuánto dura el enrojecimiento?', ['dura', 'enrojecimiento']],
    ['cuanto dura el enrojecimiento', ['dura', 'enrojecimiento']],
    ['¿Puedo usar maquillaje después?', ['usar', 'maquillaje', 'después']],
    ['cicatrices de acné', ['cicatrices', 'acné']],
  ])('keeps the topic of %j', (query, topics) => {
    expect(topicWords(query, 'es')).toEqual(topics);
  });

  it('keeps English stop words out only for English', () => {
    expect(topicWords('how long is the redness', 'es')).toEqual(['how', 'long', 'is', 'the', 'redness']);
  });
});

describe('foldAccents', () => {
  it.each([
    ['micropunción', 'micropuncion'],
    ['pingüino', 'pinguino'],
    ['niño', 'nino'],
    ['acne', 'acne'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldAccents(word)).toBe(folded);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['strech', 'stretch', 2, 1],
    ['accutaine', 'accutane', 2, 1],
    ['sesions', 'sessions', 2, 1],
    ['recieve', 'receive', 2, 1],
    ['same', 'same', 2, 0],
    ['abc', 'abcdef', 2, 3],
  ])('from %s to %s (limit %d) is %d', (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });
});

describe('allowedEdits', () => {
  it.each([
    ['spf', 0],
    ['acne', 1],
    ['scars', 1],
    ['redness', 2],
  ])('allows %s %d edits', (word, edits) => {
    expect(allowedEdits(word)).toBe(edits);
  });
});

describe('correctWord', () => {
  const vocabulary = ['sessions', 'stretch', 'marks', 'session', 'accutane', 'redness'];
  const known = new Set(vocabulary);
  it.each([
    ['strech', 'stretch'],
    ['sesions', 'sessions'],
    ['accutaine', 'accutane'],
    ['redness', 'redness'],
    ['xylophone', 'xylophone'],
    ['mrks', 'marks'],
    ['spf', 'spf'],
  ])('corrects %s to %s', (word, expected) => {
    expect(correctWord(word, vocabulary, known)).toBe(expected);
  });
});

describe('correctWord in Spanish', () => {
  const vocabulary = ['enrojecimiento', 'cicatrices', 'acné', 'micropunción', 'después', 'día'];
  const known = new Set(vocabulary);
  it.each([
    ['micropuncion', 'micropunción'],
    ['despues', 'después'],
    ['acne', 'acné'],
    ['enrojesimiento', 'enrojecimiento'],
    ['sicatrices', 'cicatrices'],
    ['micropunsion', 'micropunción'],
    // Too short for spelling correction, but the same letters without the accent.
    ['dia', 'día'],
  ])('corrects %s to %s', (word, expected) => {
    expect(correctWord(word, vocabulary, known)).toBe(expected);
  });
});

describe('mergeRankings', () => {
  it('keeps exact-query results first and sums scores of pages found by several word searches', () => {
    const ranked = mergeRankings([
      [{ url: 'exact', score: 0.1 }],
      [],
      [
        { url: 'a', score: 1 },
        { url: 'b', score: 1.5 },
        { url: 'a', score: 1 },
        { url: 'exact', score: 9 },
      ],
    ]);
    expect(ranked).toEqual(['exact', 'a', 'b']);
  });
});

describe('buildVocabulary', () => {
  it('lists words of four or more letters from indexed pages, most frequent first', () => {
    const page =
      '<html><main data-pagefind-body><p>Redness fades. Redness is normal. <b>Sunscreen</b> helps.</p><script>var hidden</script></main></html>';
    const unindexed = '<main><p>Ignored words everywhere</p></main>';
    expect(buildVocabulary([page, unindexed])).toEqual(['redness', 'fades', 'helps', 'normal', 'sunscreen']);
  });

  it('takes no text from pages without a Pagefind body', () => {
    expect(extractIndexedText('<main>secret</main>')).toBe('');
  });
});

describe('buildVocabularies', () => {
  const page = (lang: string, text: string) =>
    `<html lang="${lang}"><main data-pagefind-body><p>${text}</p></main></html>`;

  it('makes one word list per page language, as Pagefind makes one index per language', () => {
    const vocabularies = buildVocabularies([
      page('en', 'Redness fades'),
      page('es', 'El enrojecimiento baja'),
      page('es', 'Enrojecimiento'),
      '<html><main data-pagefind-body><p>No language</p></main></html>',
    ]);
    expect([...vocabularies.keys()]).toEqual(['en', 'es']);
    expect(vocabularies.get('en')).toEqual(['fades', 'redness']);
    expect(vocabularies.get('es')).toEqual(['enrojecimiento', 'baja']);
  });

  it.each([
    ['<html lang="es" dir="ltr">', 'es'],
    ['<html dir="ltr" lang="en-US">', 'en-us'],
    ['<html>', ''],
  ])('reads the language of %j as %j', (html, lang) => {
    expect(readPageLanguage(html)).toBe(lang);
  });
});
