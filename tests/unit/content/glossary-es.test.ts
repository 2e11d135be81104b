// The Spanish glossary as data: every entry translated, and Spanish words that link only what
// they should when Spanish articles are built (the same matcher the Markdown plugin uses).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readLinkableTerms } from '../../../src/integrations/markdown-plugins';
import { createTermMatcher } from '../../../src/lib/glossary-link';
import { STOP_WORDS } from '../../../src/lib/search/query';

interface Row {
  id: string;
  es?: { term?: string; aliases?: string[]; definition?: string };
}
const rows = parse(readFileSync('src/content/glossary/glossary.yaml', 'utf8')) as Row[];
const spanish = readLinkableTerms().es;
const matchSpanish = createTermMatcher(spanish);

// Everyday Spanish words that mean something else in prose: "paño" is a cloth as well as melasma,
// "celulitis" is cellulite as well as the infection, "calentura" is a fever in Mexico.
const EVERYDAY_WORDS = ['punta', 'funda', 'gel', 'paño', 'celulitis', 'calentura', 'calenturas', 'inflamación'];

describe('the Spanish glossary', () => {
  it('gives every entry a Spanish term, aliases and definition', () => {
    const missing = rows.filter((r) => !r.es?.term || !r.es.definition || !r.es.aliases?.length).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('gives no Spanish word or phrase to two entries', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const t of spanish)
      for (const p of new Set(t.phrases.map((x) => x.toLowerCase()))) {
        const first = owner.get(p);
        if (first !== undefined) shared.push(`"${p}": ${first} and ${t.id}`);
        else owner.set(p, t.id);
      }
    expect(shared).toEqual([]);
  });

  it('has no one-word alias that is short, a stop word or an everyday word with another meaning', () => {
    const risky = spanish.flatMap((t) =>
      t.phrases
        .filter((p) => !/\s/.test(p))
        .filter((p) => {
          const word = p.toLowerCase();
          const acronym = /^[A-Z0-9]{2,}s?$/.test(p);
          return (!acronym && word.length < 4) || STOP_WORDS.es.has(word) || EVERYDAY_WORDS.includes(word);
        })
        .map((p) => `${t.id}: "${p}"`),
    );
    expect(risky).toEqual([]);
  });

  it('writes decimals with a point, as readers in the US do', () => {
    const commas = rows.filter((r) => /\d,\d{1,2}(?!\d)/.test(r.es?.definition ?? '')).map((r) => r.id);
    expect(commas).toEqual([]);
  });
});

describe('glossary links in Spanish prose', () => {
  it.each([
    ['Sécate la cara con un paño limpio.', undefined],
    ['La celulitis de los muslos no cambia con esto.', undefined],
    ['Ponte un gel de aloe en la punta de la nariz.', undefined],
    ['Si tienes calentura, toma tu temperatura.', undefined],
    ['Guarda el teléfono en su funda.', undefined],
    ['Mejoraron casi un grado en una escala de cicatrices.', undefined],
    ['Es normal algo de enrojecimiento y de hinchazón.', 'erythema'],
    ['Después, usa un protector con FPS 30 o más.', 'sunscreen'],
    ['Si te salen fuegos en el labio, avisa.', 'herpes-simplex'],
    ['Mejora el aspecto de las cicatrices de acne.', 'atrophic-acne-scar'],
    ['La micropuncion es otro nombre del tratamiento.', 'microneedling'],
    ['Una celulitis infecciosa necesita atención el mismo día.', 'cellulitis'],
    ['Pregunta antes de tomar ibuprofeno.', 'nsaid'],
    ['Las puntas de agujas vienen selladas.', 'needle-cartridge'],
    ['Las agujas casi nunca llegan a la capa de grasa.', 'subcutaneous-fat'],
    ['Es un uso fuera de indicacion.', 'off-label'],
  ])('links %j to %s', (text, id) => {
    expect(matchSpanish(text, new Set())?.id).toBe(id);
  });
});
