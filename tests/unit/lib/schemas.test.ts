import { describe, expect, it } from 'vitest';
import {
  createLocalTextSchema,
  createSourcesSchema,
  kebabId,
  LocalTextSchema,
} from '../../../src/components/widgets/shared/schema-atoms';
import {
  createArticleSchema,
  createGlossarySchema,
  isRealCalendarDate,
  ReferenceSchema,
} from '../../../src/content/schemas';

describe('isRealCalendarDate', () => {
  it.each([
    ['2026-11-25', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
  ])('says %s is real: %s', (text, expected) => {
    expect(isRealCalendarDate(text)).toBe(expected);
  });
});

describe('createArticleSchema', () => {
  const schema = createArticleSchema(new Set(['ref-1', 'ref-2']));
  const good = {
    title: 'Aftercare',
    description: 'What to do and avoid after a SkinPen session, day by day.',
    section: 'recover',
    order: 1,
    lastReviewed: '2026-11-25',
    nextReview: '2027-05-25',
    reviewedBy: 'Editorial team',
    sources: ['ref-1'],
  };

  it('accepts good frontmatter and fills defaults', () => {
    const parsed = schema.parse(good);
    expect(parsed.draft).toBe(false);
    expect(parsed.keywords).toEqual([]);
    expect(parsed.lastReviewed.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parsed.healthAspects).toBeUndefined();
  });

  it('accepts schema.org health aspects', () => {
    const parsed = schema.parse({ ...good, healthAspects: ['SelfCareHealthAspect', 'SeeDoctorHealthAspect'] });
    expect(parsed.healthAspects).toEqual(['SelfCareHealthAspect', 'SeeDoctorHealthAspect']);
  });

  it.each([
    ['title', { title: undefined }, 'expected string'],
    ['description', { description: 'x'.repeat(161) }, 'must be at most 160 characters'],
    ['section', { section: 'shopping' }, 'understand'],
    ['sources', { sources: [] }, 'needs at least one reference id'],
    ['sources.0', { sources: ['ref-3'] }, 'unknown reference id "ref-3"'],
    ['sources.1', { sources: ['ref-1', 'ref-999'] }, 'unknown reference id "ref-999"'],
    ['nextReview', { nextReview: '2026-11-25' }, 'must be after lastReviewed'],
    ['nextReview', { nextReview: '2026-01-01' }, 'must be after lastReviewed'],
    ['lastReviewed', { lastReviewed: '25/11/2026' }, 'must be a date written YYYY-MM-DD'],
    ['lastReviewed', { lastReviewed: 'last spring' }, 'must be a date written YYYY-MM-DD'],
    ['lastReviewed', { lastReviewed: '2026-02-31' }, '"2026-02-31" is not a real calendar date'],
    [
      'healthAspects.1',
      { healthAspects: ['SeeDoctorHealthAspect', 'CostHealthAspect'] },
      'unknown health aspect "CostHealthAspect"',
    ],
    ['healthAspects', { healthAspects: [] }, 'list at least one health aspect'],
  ])('reports %s with a clear message', (path, change, message) => {
    const result = schema.safeParse({ ...good, ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toContain(message);
  });
});

describe('ReferenceSchema', () => {
  it('needs a url or a doi', () => {
    const result = ReferenceSchema.safeParse({
      id: 'ref-1',
      number: 1,
      title: 'A title',
      publisher: 'A journal',
      kind: 'primary',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('needs a url or a doi');
  });

  it.each([
    ['primary', true],
    ['primary-reproduced', true],
    ['secondary', true],
    ['tertiary', false],
  ])('accepts the kind %j: %s', (kind, ok) => {
    const result = ReferenceSchema.safeParse({
      id: 'ref-1',
      number: 1,
      title: 'A title',
      publisher: 'A site',
      kind,
      doi: '10.1/x',
    });
    expect(result.success).toBe(ok);
    if (!ok) expect(result.error?.issues[0]?.path).toEqual(['kind']);
  });

  it('accepts a doi without a url', () => {
    expect(
      ReferenceSchema.safeParse({
        id: 'ref-1',
        number: 1,
        title: 'A title',
        publisher: 'A journal',
        kind: 'primary',
        doi: '10.1000/x',
      }).success,
    ).toBe(true);
  });

  it.each([
    ['https://pubmed.ncbi.nlm.nih.gov/1/', true],
    ['http://www.ncbi.nlm.nih.gov/pubmed/28796657', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['file:///etc/passwd', false],
    ['vbscript:msgbox(1)', false],
    ['ftp://example.org/paper.pdf', false],
  ])('takes %s as a url and in alsoAt: %s', (url, ok) => {
    const base = { id: 'ref-1', number: 1, title: 'A title', publisher: 'A journal', kind: 'primary' };
    for (const entry of [
      { ...base, url },
      { ...base, doi: '10.1000/x', alsoAt: [url] },
    ]) {
      const result = ReferenceSchema.safeParse(entry);
      expect(result.success, JSON.stringify(entry)).toBe(ok);
      if (!ok) expect(result.error?.issues[0]?.message).toBe('must be an http:// or https:// address');
    }
  });
});

describe('createGlossarySchema', () => {
  const schema = createGlossarySchema(new Set(['ref-1']));
  const good = { id: 'dermis', term: 'Dermis', definition: 'The thick layer under the epidermis.', sources: ['ref-1'] };

  it.each([
    ['id', { id: 'Dermis Layer' }, 'must be kebab-case'],
    ['sources.0', { sources: ['ref-4040'] }, 'unknown reference id "ref-4040"'],
    ['sources', { sources: [] }, 'needs at least one reference id'],
  ])('reports %s with a clear message', (path, change, message) => {
    const result = schema.safeParse({ ...good, ...change });
    expect(result.error?.issues.find((i) => i.path.join('.') === path)?.message).toContain(message);
  });
});

describe('schema atoms shared by articles, the glossary and widget data', () => {
  it.each([
    ['acne-scars', true],
    ['day-0', true],
    ['Acne', false],
    ['acne--scars', false],
    ['-acne', false],
    ['acne_scars', false],
  ])('kebabId accepts %j: %s', (id, ok) => {
    expect(kebabId.safeParse(id).success).toBe(ok);
  });

  it.each([
    [{ en: 'Cheek', es: 'Mejilla' }, true],
    [{ en: '  Cheek ', es: 'Mejilla' }, true],
    [{ en: 'Cheek' }, false],
    [{ en: 'Cheek', es: 'Mejilla', fr: 'Joue' }, false],
    [{ en: ' x ', es: 'Mejilla' }, false],
  ])('LocalTextSchema accepts %j: %s', (text, ok) => {
    expect(LocalTextSchema.safeParse(text).success).toBe(ok);
  });

  it('trims local text and can carry its own limits', () => {
    expect(LocalTextSchema.parse({ en: ' Cheek ', es: 'Mejilla' })).toEqual({ en: 'Cheek', es: 'Mejilla' });
    expect(createLocalTextSchema(kebabId).safeParse({ en: 'ok', es: 'No Ok' }).success).toBe(false);
  });

  it('needs the number of reference ids a list asks for', () => {
    const sources = createSourcesSchema(new Set(['ref-1']), 1);
    expect(sources.safeParse([]).error?.issues[0]?.message).toBe('needs at least one reference id');
    expect(createSourcesSchema(new Set(['ref-1'])).safeParse([]).success).toBe(true);
  });
});
