/**
 * Pieces of the content schemas (build time, `astro/zod`) that articles, the glossary and every
 * widget's data share, so one concept has one rule and one message everywhere.
 */
import { z } from 'astro/zod';
import { LANGS, type Lang } from './i18n';
import { KEBAB_ID, KEBAB_ID_MESSAGE } from './ids';

/** An entry id: lower-case words joined by hyphens, e.g. `acne-scars`. */
export const kebabId = z.string().regex(KEBAB_ID, KEBAB_ID_MESSAGE);

/** An object with `text` for every language in {@link LANGS}, e.g. a short label with its own length limit. */
export function createLocalTextSchema<T extends z.ZodType>(text: T) {
  return z.strictObject(Object.fromEntries(LANGS.map((lang) => [lang, text])) as Record<Lang, T>);
}

/** Reader-facing text in every language: trimmed, at least 2 characters. */
export const LocalTextSchema = createLocalTextSchema(z.string().trim().min(2));

/**
 * A string that must be the id of an entry in the references collection.
 * `knownIds` is read from the references file before any other collection is checked.
 */
export function createReferenceIdSchema(knownIds: ReadonlySet<string>) {
  return z.string().refine((id) => knownIds.has(id), {
    error: (issue) =>
      `unknown reference id "${String(issue.input)}": it is not in src/content/references/references.yaml`,
  });
}

/** A list of reference ids; `min` of them at least (each list says how many it needs). */
export function createSourcesSchema(knownIds: ReadonlySet<string>, min = 0) {
  const list = z.array(createReferenceIdSchema(knownIds));
  return min > 0 ? list.min(min, `needs at least ${min === 1 ? 'one reference id' : `${min} reference ids`}`) : list;
}
