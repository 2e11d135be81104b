import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { createArticleSchema, createGlossarySchema, ReferenceSchema } from './content/schemas';

const referencesPath = 'src/content/references/references.yaml';

/** Ids of every reference, read first so other collections can reject unknown ids by name. */
function readReferenceIds(): Set<string> {
  const raw: unknown = parse(readFileSync(referencesPath, 'utf8'));
  const list = Array.isArray(raw) ? raw : [];
  return new Set(list.map((r: { id?: unknown }) => String(r.id)));
}

const referenceIds = readReferenceIds();

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles' }),
  schema: createArticleSchema(referenceIds),
});

const references = defineCollection({
  loader: file(referencesPath),
  schema: ReferenceSchema,
});

const glossary = defineCollection({
  loader: file('src/content/glossary/glossary.yaml'),
  schema: createGlossarySchema(referenceIds),
});

export const collections = { articles, references, glossary };
