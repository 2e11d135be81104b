// The frontmatter schema of a translated article, in process: each way a translation can be
// wrong fails naming the field (the astro sync fixture run in bad-content.test.ts proves the file is named too).
import { describe, expect, it } from 'vitest';
import { createGlossarySchema } from '../../../src/content/schemas';
import { createTranslatedArticleSchema } from '../../../src/content/translation-schema';

const schema = createTranslatedArticleSchema(
  new Set(['ref-1', 'ref-2', 'ref-3']),
  new Map([['what-is-skinpen', { sources: ['ref-1', 'ref-2'] }]]),
  new Date('2026-12-12T10:00:00Z'),
);
const hash = 'a'.repeat(64);
const good = {
  title: 'Qué es SkinPen',
  description: 'SkinPen es una pluma con microagujas que se usa en clínicas.',
  sources: ['ref-1', 'ref-2'],
  translation: {
    from: 'what-is-skinpen',
    sourceHash: hash,
    translatedBy: 'borrador hecho con un modelo de lenguaje de IA',
    reviewedBy: 'el equipo editorial de SkinPen Guide',
    date: '2026-12-10',
  },
};

/** The first problem's dotted path and message, or undefined when the frontmatter is accepted. */
function firstIssue(data: unknown): { path: string; message: string } | undefined {
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

describe('createTranslatedArticleSchema', () => {
  it('accepts a translation of a published original with the same sources', () => {
    const parsed = schema.parse(good);
    expect(parsed.translation.date.toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(parsed.draft).toBe(false);
    expect(parsed.keywords).toEqual([]);
  });

  it.each([
    [
      'no English original',
      { ...good, translation: { ...good.translation, from: 'no-such-article' } },
      'translation.from',
      /no English original "no-such-article": there is no published src\/content\/articles\/no-such-article\.mdx/,
    ],
    [
      'sources in another order',
      { ...good, sources: ['ref-2', 'ref-1'] },
      'sources',
      /must be the English original's list, in the same order: \[ref-1, ref-2\]/,
    ],
    [
      'a source added',
      { ...good, sources: ['ref-1', 'ref-2', 'ref-3'] },
      'sources',
      /must be the English original's list/,
    ],
    [
      'a missing translation hash',
      { ...good, translation: { ...good.translation, sourceHash: undefined } },
      'translation.sourceHash',
      /missing: run `npm run translation:hash -- <slug> --write`/,
    ],
    [
      'a hash that is not one',
      { ...good, translation: { ...good.translation, sourceHash: 'abc123' } },
      'translation.sourceHash',
      /must be the 64-character hash/,
    ],
    [
      'no provenance at all',
      { ...good, translation: undefined },
      'translation',
      /missing: every translation records its provenance/,
    ],
    [
      'no reviewer',
      { ...good, translation: { ...good.translation, reviewedBy: undefined } },
      'translation.reviewedBy',
      /./,
    ],
    [
      'a date after today (the schema is built with 2026-12-12 as today)',
      { ...good, translation: { ...good.translation, date: '2026-12-13' } },
      'translation.date',
      /must not be in the future \(today is 2026-12-12\)/,
    ],
    ['an unknown reference', { ...good, sources: ['ref-1', 'ref-99'] }, 'sources.1', /unknown reference id "ref-99"/],
  ])('refuses %s, naming the field', (_name, data, field, message) => {
    const issue = firstIssue(data);
    expect(issue?.path).toBe(field);
    expect(issue?.message).toMatch(message);
  });
});

describe('createGlossarySchema with Spanish', () => {
  const glossary = createGlossarySchema(new Set(['ref-1']));
  const entry = { id: 'skinpen', term: 'SkinPen', definition: 'A motor-driven microneedling pen.', sources: ['ref-1'] };

  it('accepts an entry without Spanish, and one with it (aliases default to none)', () => {
    expect(glossary.parse(entry).es).toBeUndefined();
    expect(glossary.parse({ ...entry, es: { term: 'SkinPen', definition: 'Una pluma de microagujas.' } }).es).toEqual({
      term: 'SkinPen',
      aliases: [],
      definition: 'Una pluma de microagujas.',
    });
  });

  it('refuses Spanish without a definition, naming the field', () => {
    const result = glossary.safeParse({ ...entry, es: { term: 'SkinPen' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('es.definition');
  });
});
