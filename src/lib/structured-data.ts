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
}

/**
 * The schema.org `MedicalWebPage` description of an article. Microneedling is described as
 * a percutaneous procedure (needle puncture of the skin), never a non-invasive one.
 */
export function buildArticleJsonLd(input: ArticleLdInput): Record<string, unknown> {
  return {
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
    about: {
      '@type': 'MedicalProcedure',
      name: 'Microneedling',
      alternateName: ['Collagen induction therapy', 'SkinPen microneedling'],
      procedureType: 'https://schema.org/PercutaneousProcedure',
    },
  };
}

/** Serialises JSON-LD so it is safe inside a `<script>` element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
