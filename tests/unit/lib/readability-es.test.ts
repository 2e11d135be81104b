// The Spanish syllable counter against syllable divisions from the Real Academia Española's
// Ortografía de la lengua española (2010, chapter on the syllable: diphthongs, triphthongs,
// hiatus, the silent u of "qu"/"gu", and h between vowels) and standard dictionary division.
// The divisions are written out by hand below; none comes from the code under test.
import { describe, expect, it } from 'vitest';
import { countSpanishSyllables, infleszBand, measureSpanishReadability } from '../../../src/lib/readability-es';

describe('countSpanishSyllables', () => {
  it.each([
    // One vowel group, one syllable
    ['piel', 'piel'],
    ['fue', 'fue'],
    ['y', 'y'],
    ['muy', 'muy'],
    ['hoy', 'hoy'],
    ['rey', 'rey'],
    ['guion', 'guion'],
    // Diphthongs: an unaccented i or u beside another vowel
    ['ciudad', 'ciu-dad'],
    ['cuidado', 'cui-da-do'],
    ['bueno', 'bue-no'],
    ['causa', 'cau-sa'],
    ['aire', 'ai-re'],
    ['tratamiento', 'tra-ta-mien-to'],
    ['enrojecimiento', 'en-ro-je-ci-mien-to'],
    ['inflamación', 'in-fla-ma-ción'],
    ['anestesia', 'a-nes-te-sia'],
    // Hiatus: two strong vowels, or an accented i or u
    ['leer', 'le-er'],
    ['caer', 'ca-er'],
    ['poeta', 'po-e-ta'],
    ['aéreo', 'a-é-re-o'],
    ['océano', 'o-cé-a-no'],
    ['héroe', 'hé-ro-e'],
    ['microagujas', 'mi-cro-a-gu-jas'],
    ['país', 'pa-ís'],
    ['día', 'dí-a'],
    ['reír', 're-ír'],
    ['baúl', 'ba-úl'],
    ['oído', 'o-í-do'],
    ['reúne', 're-ú-ne'],
    ['dermatología', 'der-ma-to-lo-gí-a'],
    ['chiita', 'chi-i-ta'],
    // Triphthongs
    ['buey', 'buey'],
    ['Paraguay', 'Pa-ra-guay'],
    ['averiguáis', 'a-ve-ri-guáis'],
    // The silent u of que, qui, gue, gui; ü is heard
    ['que', 'que'],
    ['quiero', 'quie-ro'],
    ['aquí', 'a-quí'],
    ['guerra', 'gue-rra'],
    ['guitarra', 'gui-ta-rra'],
    ['agua', 'a-gua'],
    ['pingüino', 'pin-güi-no'],
    ['vergüenza', 'ver-güen-za'],
    // y before a vowel is a consonant
    ['ayer', 'a-yer'],
    ['reyes', 're-yes'],
    // h between vowels does not stop a diphthong, and an accent still makes a hiatus
    ['ahumar', 'ahu-mar'],
    ['prohibir', 'prohi-bir'],
    ['prohíbe', 'pro-hí-be'],
    ['búho', 'bú-ho'],
    ['ahora', 'a-ho-ra'],
    ['alcohol', 'al-co-hol'],
    ['deshacer', 'des-ha-cer'],
    // Capitals and accents as typed
    ['ACNÉ', 'ac-né'],
    ['Fitzpatrick', 'Fitz-pa-trick'],
  ])('%s has the syllables of %s', (word, division) => {
    expect(countSpanishSyllables(word)).toBe(division.split('-').length);
  });

  it('counts a word without vowels, such as "mm", as one syllable', () => {
    expect(countSpanishSyllables('mm')).toBe(1);
  });
});

describe('infleszBand', () => {
  it.each([
    [0, 'veryHard'],
    [39.9, 'veryHard'],
    [40, 'somewhatHard'],
    [54.9, 'somewhatHard'],
    [55, 'normal'],
    [64.9, 'normal'],
    [65, 'fairlyEasy'],
    [79.9, 'fairlyEasy'],
    [80, 'veryEasy'],
    [100, 'veryEasy'],
  ])('puts %d in %s', (score, band) => {
    expect(infleszBand(score)).toBe(band);
  });
});

describe('measureSpanishReadability', () => {
  it('returns 0 for no words', () => {
    expect(measureSpanishReadability([])).toEqual({ words: 0, sentences: 0, syllables: 0, score: 0, band: 'veryHard' });
  });

  it('applies the Szigriszt-Pazos formula to counted words, sentences and syllables', () => {
    // "La piel sana." is 3 words (la, piel, sa-na), 4 syllables, 1 sentence:
    // 206.835 − 62.3 × 4/3 − 3/1 = 120.77 (very short texts score above 100).
    expect(measureSpanishReadability(['La piel sana.'])).toEqual({
      words: 3,
      sentences: 1,
      syllables: 4,
      score: 120.8,
      band: 'veryEasy',
    });
  });

  it('counts a question opened with ¿ as one sentence', () => {
    expect(measureSpanishReadability(['¿Duele? No mucho.']).sentences).toBe(2);
  });

  it('rates long words and long sentences as harder', () => {
    const easy = measureSpanishReadability(['Tu piel se pone roja. Se quita en unos días.']);
    const hard = measureSpanishReadability([
      'La terapia percutánea de inducción de colágeno desencadena una hiperpigmentación postinflamatoria característicamente persistente en determinados fototipos.',
    ]);
    expect(hard.score).toBeLessThan(easy.score - 40);
  });
});
