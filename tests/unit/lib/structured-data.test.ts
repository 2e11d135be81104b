import { describe, expect, it } from 'vitest';
import { HEALTH_ASPECTS } from '../../../src/content/health-aspects';
import { buildArticleJsonLd, serializeJsonLd, type ArticleLdInput } from '../../../src/lib/structured-data';

const base: ArticleLdInput = {
  title: 'Aftercare',
  description: 'What to do.',
  url: 'https://example.org/articles/aftercare/',
  lastReviewed: new Date('2026-11-25T00:00:00Z'),
  reviewedBy: 'Editorial team',
  siteName: 'SkinPen Guide',
};

describe('buildArticleJsonLd', () => {
  const ld = buildArticleJsonLd(base);

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

  it('puts the page’s aspects, as schema.org URLs, on its main HealthTopicContent', () => {
    const withAspects = buildArticleJsonLd({ ...base, healthAspects: ['SelfCareHealthAspect', 'StagesHealthAspect'] });
    expect(withAspects['mainEntity']).toEqual({
      '@type': 'HealthTopicContent',
      name: 'Aftercare',
      about: ld['about'],
      hasHealthAspect: ['https://schema.org/SelfCareHealthAspect', 'https://schema.org/StagesHealthAspect'],
    });
  });

  it.each([
    ['no aspects given', undefined],
    ['an empty list', []],
  ])('leaves out mainEntity for %s', (_name, healthAspects) => {
    expect(buildArticleJsonLd({ ...base, healthAspects })).not.toHaveProperty('mainEntity');
  });

  it.each([
    [
      'a "When to get help" section becomes a SeeDoctor part that links to it',
      [{ depth: 2, slug: 'when-to-get-help', text: 'When to get help' }],
      [
        {
          '@type': 'HealthTopicContent',
          name: 'When to get help',
          url: 'https://example.org/articles/aftercare/#when-to-get-help',
          hasHealthAspect: ['https://schema.org/SeeDoctorHealthAspect'],
        },
      ],
    ],
    [
      'a Spanish "Cuándo pedir ayuda" section becomes a SeeDoctor part too',
      [{ depth: 2, slug: 'cuándo-pedir-ayuda', text: 'Cuándo pedir ayuda' }],
      [
        {
          '@type': 'HealthTopicContent',
          name: 'Cuándo pedir ayuda',
          url: 'https://example.org/articles/aftercare/#cuándo-pedir-ayuda',
          hasHealthAspect: ['https://schema.org/SeeDoctorHealthAspect'],
        },
      ],
    ],
    ['other sections are not parts', [{ depth: 2, slug: 'do', text: 'Do' }], undefined],
    ['an h3 with the same anchor is not a part', [{ depth: 3, slug: 'when-to-get-help', text: 'When' }], undefined],
  ])('%s', (_name, headings, parts) => {
    expect(buildArticleJsonLd({ ...base, headings })['hasPart']).toEqual(parts);
  });
});

describe('HEALTH_ASPECTS', () => {
  it('is exactly the members listed at https://schema.org/HealthAspectEnumeration', () => {
    // Copied by hand from schema.org, so a misspelt or invented aspect fails here.
    const schemaOrg = `Allergies Benefits Causes Contagiousness Effectiveness GettingAccess HowItWorks HowOrWhere
      Ingredients LivingWith MayTreat Misconceptions Overview PatientExperience Pregnancy Prevention Prognosis
      RelatedTopics RisksOrComplications Safety Screening SeeDoctor SelfCare SideEffects Stages Symptoms
      Treatments Types UsageOrSchedule`
      .split(/\s+/)
      .map((name) => `${name}HealthAspect`);
    expect([...HEALTH_ASPECTS].sort()).toEqual(schemaOrg.sort());
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
