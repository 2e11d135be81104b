/**
 * The public options of every widget (MDX props and embed URL parameters alike): shared schema
 * atoms, and the one way a widget entry checks what it was given. Zod Mini, so embed pages can
 * read their URL parameters with the same schemas.
 */
import { z } from '../../../lib/validation';
import { DEFAULT_LANG, LANGS } from './i18n';
import { KEBAB_ID, KEBAB_ID_MESSAGE } from './ids';

/** An id option, e.g. a region or a concern. */
export const kebabIdOption = z.string().check(z.regex(KEBAB_ID, KEBAB_ID_MESSAGE));

/** The language of every string, default {@link DEFAULT_LANG}. */
export const langOption = z._default(z.enum(LANGS), DEFAULT_LANG);

/** true or false, as a boolean or as the words a URL carries. */
export const booleanOption = z.union(
  [
    z.boolean(),
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((v) => v === 'true'),
    ),
  ],
  { error: 'must be true or false' },
);

/** URL of the references page that source numbers link to, default "/references/". */
export const referencesHrefOption = z._default(
  z.string().check(z.regex(/^(\/|https?:\/\/)\S*\/$/, 'must be a path or URL ending in "/"')),
  '/references/',
);

/** One schema problem in words: the option's name, then what is wrong with it. */
export function describeIssue(issue: { path: readonly PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join('.') || '(options)'}: ${issue.message}`;
}

/**
 * Checks a widget's options and returns them with defaults applied. On bad input it throws one
 * error naming where (`<LayerDepth> on /articles/x/`) and every bad option, so the build stops
 * with a message an author can act on (after Starlight's `parseWithFriendlyErrors`).
 */
export function parseWidgetOptions<S extends z.ZodMiniType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`);
  throw new Error(`Invalid options for ${where}:\n${lines.join('\n')}`);
}
