import { z } from 'astro/zod';
import { createReferenceIdSchema } from '../components/widgets/shared/schema-atoms';
import { DESCRIPTION_MAX, isoDate } from './schemas';
import type { OriginalArticle } from '../lib/translation';

const hashPattern = /^[0-9a-f]{64}$/;
const hashHelp = 'run `npm run translation:hash -- <slug> --write` to record the English file it was translated from';

/** True when two lists hold the same items in the same order. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Frontmatter of a translated article (src/content/articles-es/<slug>.mdx), given the known
 * reference ids and the published English originals. Section, order and review dates come
 * from the original; the translation records where it came from and who made and checked it.
 */
export function createTranslatedArticleSchema(
  knownIds: ReadonlySet<string>,
  originals: ReadonlyMap<string, Pick<OriginalArticle, 'sources'>>,
  today: Date = new Date(),
) {
  const latest = today.toISOString().slice(0, 10);
  return z
    .object({
      /** Page title in Spanish, sentence case. */
      title: z.string().min(3).max(90),
      /** One plain Spanish sentence for meta tags and search excerpts; at most 160 characters. */
      description: z.string().min(20).max(DESCRIPTION_MAX, `must be at most ${DESCRIPTION_MAX} characters`),
      /** The original's reference ids, unchanged and in the same order (citations number against them). */
      sources: z.array(createReferenceIdSchema(knownIds)).min(1, 'needs at least one reference id'),
      /** The words Spanish-speaking patients type for this topic, with and without accents, fed to search. */
      keywords: z.array(z.string().min(2)).default([]),
      /** Drafts are left out of the build. */
      draft: z.boolean().default(false),
      /** Where the translation came from and who made and checked it. */
      translation: z.object(
        {
          /** Slug of the English original (its file name in src/content/articles/, without .mdx). */
          from: z.string().refine((slug) => originals.has(slug), {
            error: (issue) =>
              `no English original "${String(issue.input)}": there is no published src/content/articles/${String(issue.input)}.mdx`,
          }),
          /** SHA-256 of the English file when it was translated (see `npm run translation:hash`). */
          sourceHash: z
            .string({ error: (issue) => (issue.input === undefined ? `missing: ${hashHelp}` : 'must be text') })
            .regex(hashPattern, `must be the 64-character hash; ${hashHelp}`),
          /** Who or what made the translation, honestly (e.g. an AI language model's draft). */
          translatedBy: z.string().min(2),
          /** Who checked the translation (a person or the editorial team; never an invented name). */
          reviewedBy: z.string().min(2),
          /** When the translation was made or last checked against the original; never after today. */
          date: isoDate.refine((date) => date.toISOString().slice(0, 10) <= latest, {
            error: `must not be in the future (today is ${latest})`,
          }),
        },
        {
          error: (issue) =>
            issue.input === undefined ? 'missing: every translation records its provenance' : undefined,
        },
      ),
    })
    .superRefine((article, ctx) => {
      const original = originals.get(article.translation.from);
      if (original && !sameList(article.sources, original.sources)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `must be the English original's list, in the same order: [${original.sources.join(', ')}]`,
        });
      }
    });
}
