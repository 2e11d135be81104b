import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd, serializeJsonLd } from '../../../src/lib/structured-data';

describe('buildArticleJsonLd', () => {
  const ld = buildArticleJsonLd({
    title: 'Aftercare',
    description: 'What to do.',
    url: 'https://example.org/articles/aftercare/',
    lastReviewed: new Date('2026-11-25T00:00:00Z'),
    reviewedBy: 'Editorial team',
    siteName: 'SkinPen Guide',
  });

  it('describes a MedicalWebPage about a percutaneous MedicalProcedure', () => {
    expect(ld['@type']).toBe('MedicalWebPage');
    expect(ld['about']).toMatchObject({
      '@type': 'MedicalProcedure',
      procedureType: 'https://schema.org/PercutaneousProcedure',
    });
  });

  it('gives lastReviewed as a calendar date and the reviewer as an organisation', () => {
    expect(ld['lastReviewed']).toBe('2026-11-25');
    expect(ld['reviewedBy']).toEqual({ '@type': 'Organization', name: 'Editorial team' });
  });
});

describe('inLanguage', () => {
  const base = {
    title: 'Qué es SkinPen',
    description: 'Qué es.',
    url: 'https://example.org/es/articles/what-is-skinpen/',
    lastReviewed: new Date('2026-11-25T00:00:00Z'),
    reviewedBy: 'Equipo editorial',
    siteName: 'SkinPen Guide',
  };

  it.each([
    [undefined, 'en'],
    ['es', 'es'],
  ])('is %s → %s', (inLanguage, expected) => {
    const input = inLanguage === undefined ? base : { ...base, inLanguage };
    expect(buildArticleJsonLd(input)['inLanguage']).toBe(expected);
  });
});

describe('serializeJsonLd', () => {
  it('escapes < so a value cannot close the script element', () => {
    expect(serializeJsonLd({ a: '</script><script>' })).toBe('{"a":"\\u003c/script>\\u003cscript>"}');
  });
});
