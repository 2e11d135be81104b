/**
 * The schema.org JSON-LD of an article page: a MedicalWebPage with its review date, reviewer and topic,
 * and what the page is for as HealthAspectEnumeration members. Pure: no Astro, React or DOM.
 */
import type { HealthAspect } from '../content/health-aspects';

/**
 * Aspects that a section has wherever it appears, by its heading's anchor in either language: every
 * "When to get help" ("Cuándo pedir ayuda") section holds the urgency tiers, so it tells readers when to see a doctor.
 */
export const SECTION_ASPECTS: Readonly<Record<string, readonly HealthAspect[]>> = {
  'when-to-get-help': ['SeeDoctorHealthAspect'],
  // Heading anchors keep their accents, as the Markdown slugger writes them.
  'cuándo-pedir-ayuda': ['SeeDoctorHealthAspect'],
};

/** A heading of the article, as Astro reports it. */
export interface ArticleHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What the JSON-LD of an article page is built from. */
export interface ArticleLdInput {
  title: string;
  description: string;
  url: string;
  lastReviewed: Date;
  reviewedBy: string;
  siteName: string;
  /** Language of the page, as in `<html lang>` (default "en"). */
  inLanguage?: string;
  /** What the page as a whole is for (frontmatter `healthAspects`); none leaves out `mainEntity`. */
  healthAspects?: readonly HealthAspect[] | undefined;
  /** The article's headings; its h2 sections listed in SECTION_ASPECTS become parts with their aspects. */
  headings?: readonly ArticleHeading[];
}

const aspectUrl = (aspect: HealthAspect) => `https://schema.org/${aspect}`;

/**
 * The schema.org `MedicalWebPage` description of an article. Microneedling is described as
 * a percutaneous procedure (needle puncture of the skin), never a non-invasive one. The page's
 * aspects sit on its main HealthTopicContent, and sections with aspects of their own are its parts,
 * since schema.org defines `hasHealthAspect` on HealthTopicContent.
 */
export function buildArticleJsonLd(input: ArticleLdInput): Record<string, unknown> {
  const about = {
    '@type': 'MedicalProcedure',
    name: 'Microneedling',
    alternateName: ['Collagen induction therapy', 'SkinPen microneedling'],
    procedureType: 'https://schema.org/PercutaneousProcedure',
  };
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: input.title,
    headline: input.title,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage ?? 'en',
    lastReviewed: input.lastReviewed.toISOString().slice(0, 10),
    reviewedBy: { '@type': 'Organization', name: input.reviewedBy },
    publisher: { '@type': 'Organization', name: input.siteName },
    audience: { '@type': 'PeopleAudience', audienceType: 'Patients' },
    about,
  };
  const aspects = input.healthAspects ?? [];
  if (aspects.length > 0) {
    ld['mainEntity'] = {
      '@type': 'HealthTopicContent',
      name: input.title,
      about,
      hasHealthAspect: aspects.map(aspectUrl),
    };
  }
  const parts = (input.headings ?? [])
    .filter((h) => h.depth === 2 && SECTION_ASPECTS[h.slug])
    .map((h) => ({
      '@type': 'HealthTopicContent',
      name: h.text,
      url: `${input.url}#${h.slug}`,
      hasHealthAspect: (SECTION_ASPECTS[h.slug] ?? []).map(aspectUrl),
    }));
  if (parts.length > 0) ld['hasPart'] = parts;
  return ld;
}

/** Serialises JSON-LD so it is safe inside a `<script>` element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
