import { z } from 'astro/zod';
import { createSourcesSchema, kebabId } from '../components/widgets/shared/schema-atoms';
import { HEALTH_ASPECTS } from './health-aspects';

/** The reader's journey, in reading order; an article's `section` must be one of these. */
export const SECTIONS = ['understand', 'decide', 'prepare', 'recover', 'results', 'safety', 'about'] as const;

/** One step of the reader's journey. */
export type Section = (typeof SECTIONS)[number];

/** Longest allowed `description`, in characters (search engines cut longer ones). */
export const DESCRIPTION_MAX = 160;

/** A reference id must match `ref-<number>`, the fact sheet's numbering. */
const referenceIdPattern = /^ref-\d+$/;

/** True when `text` (YYYY-MM-DD) names a day that exists, so 2026-02-31 is refused rather than rolled over. */
export function isRealCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written as YYYY-MM-DD (YAML dates arrive as Date objects already). */
export const isoDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (isRealCalendarDate(value)) return new Date(`${value}T00:00:00Z`);
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
    return z.NEVER;
  }
  ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
  return z.NEVER;
});

/** Frontmatter of an MDX article, given the set of known reference ids. */
export function createArticleSchema(knownIds: ReadonlySet<string>) {
  return z
    .object({
      /** Page title, sentence case. */
      title: z.string().min(3).max(90),
      /** One plain sentence for meta tags and search excerpts; at most 160 characters. */
      description: z.string().min(20).max(DESCRIPTION_MAX, `must be at most ${DESCRIPTION_MAX} characters`),
      /** Where the article sits in the reader's journey. */
      section: z.enum(SECTIONS),
      /** Reading order inside the section, from 0. */
      order: z.number().int().min(0),
      /** Date an editor last checked the page against its sources. */
      lastReviewed: isoDate,
      /** Date the next review is due; must be after `lastReviewed`. */
      nextReview: isoDate,
      /** Who reviewed the page (a person or the editorial team). */
      reviewedBy: z.string().min(2),
      /** Ids in the references collection, in the order the sources list numbers them; at least one. */
      sources: createSourcesSchema(knownIds, 1),
      /** The words patients use for this topic, fed to search. */
      keywords: z.array(z.string().min(2)).default([]),
      /** Drafts are left out of the build. */
      draft: z.boolean().default(false),
      /** What the page is for, as schema.org HealthAspectEnumeration members (JSON-LD); optional. */
      healthAspects: z
        .array(
          z.enum(HEALTH_ASPECTS, {
            error: (issue) =>
              `unknown health aspect "${String(issue.input)}": use a member of schema.org's HealthAspectEnumeration, such as SeeDoctorHealthAspect (the list is in src/content/health-aspects.ts)`,
          }),
        )
        .min(1, 'list at least one health aspect, or leave the field out')
        .optional(),
    })
    .refine((a) => a.nextReview.getTime() > a.lastReviewed.getTime(), {
      path: ['nextReview'],
      message: 'must be after lastReviewed',
    });
}

/** Where a source can be read: an http or https address (never javascript:, data:, file: and the like). */
const sourceUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** One entry of the references collection (the fact sheet's numbered list). */
export const ReferenceSchema = z
  .object({
    /** `ref-N`, where N is the fact sheet's number. */
    id: z.string().regex(referenceIdPattern, 'must look like ref-12'),
    /** The fact sheet's number for this source. */
    number: z.number().int().positive(),
    /** Authors or the organisation responsible, when the source names them. */
    authors: z.string().min(2).optional(),
    /** Title of the work. */
    title: z.string().min(2),
    /** Journal, publisher or website. */
    publisher: z.string().min(2),
    /** Year of publication, when known. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Where to read it. */
    url: sourceUrl.optional(),
    /** Other places the same source can be read. */
    alsoAt: z.array(sourceUrl).default([]),
    /** Digital object identifier, without the "doi:" prefix. */
    doi: z
      .string()
      .regex(/^10\.\S+$/, 'must start with 10.')
      .optional(),
    /**
     * primary: FDA record, paper, registry or labeling; primary-reproduced: primary text read only through
     * a third-party copy (a clinic consent page, a syndicated page); secondary: trade, clinic or news source.
     */
    kind: z.enum(['primary', 'primary-reproduced', 'secondary']),
    /** A short caveat shown beside the source. */
    note: z.string().optional(),
  })
  .refine((r) => r.url !== undefined || r.doi !== undefined, { path: ['url'], message: 'needs a url or a doi' });

/** One validated reference. */
export type Reference = z.infer<typeof ReferenceSchema>;

/** One glossary entry, given the set of known reference ids. */
export function createGlossarySchema(knownIds: ReadonlySet<string>) {
  return z.object({
    /** kebab-case anchor on the glossary page. */
    id: kebabId,
    /** The term as a heading. */
    term: z.string().min(2),
    /** Other words people use for it (plain words, spellings, brands). */
    aliases: z.array(z.string().min(2)).default([]),
    /** One or two plain-language sentences. */
    definition: z.string().min(10),
    /** Reference ids that support the definition; at least one. */
    sources: createSourcesSchema(knownIds, 1),
    /** The entry in Spanish, once translated (same sources); only entries with it are on the Spanish glossary. */
    es: z
      .object({
        /** The term as Spanish-speaking patients in the US say it. */
        term: z.string().min(2),
        /** Other Spanish words for it, including common spellings without accents. */
        aliases: z.array(z.string().min(2)).default([]),
        /** One or two plain sentences, using tú. */
        definition: z.string().min(10),
      })
      .optional(),
  });
}
