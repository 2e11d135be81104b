/**
 * Build-time helpers for translated articles: the hash that ties a translation to the
 * English file it was made from, the English originals a translation may name, and which
 * translations are out of date. Node only (it reads files); imports nothing from Astro, so
 * `npm run translation:hash` can run it directly.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Locale } from './i18n';

/** Where the English articles live (the scale benchmark points SKINPEN_ARTICLES_DIR elsewhere). */
export const ENGLISH_ARTICLES_DIR = process.env['SKINPEN_ARTICLES_DIR'] ?? 'src/content/articles';

/** Where the Spanish articles live: one MDX file per translated article, named like its original. */
export const SPANISH_ARTICLES_DIR = 'src/content/articles-es';

/**
 * The translation hash of a source file's text: SHA-256, hex, of the text with Windows line
 * endings made Unix ones (so a checkout on Windows does not mark every translation out of date).
 */
export function hashSource(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** The YAML frontmatter of an MDX file as an object (empty when it has none or it is not a mapping). */
export function readFrontmatter(text: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (block === undefined) return {};
  const data: unknown = parse(block);
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** What a translation is checked against: its published English original. */
export interface OriginalArticle {
  /** The original's `sources`, in order. */
  sources: string[];
  /** `hashSource` of the original's file as it is now. */
  hash: string;
  /** Path of the original's file. */
  file: string;
}

/** Every published (non-draft) English article by slug, read before the content collections are checked. */
export function readOriginals(dir = ENGLISH_ARTICLES_DIR): Map<string, OriginalArticle> {
  const originals = new Map<string, OriginalArticle>();
  if (!existsSync(dir)) return originals;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    const data = readFrontmatter(text);
    if (data['draft'] === true) continue;
    const sources = Array.isArray(data['sources']) ? data['sources'].map(String) : [];
    originals.set(name.replace(/\.mdx$/, ''), { sources, hash: hashSource(text), file });
  }
  return originals;
}

/** One translation file as the consistency check sees it. */
export interface TranslationFile {
  /** Path of the translation's file. */
  file: string;
  /** Its file name without `.mdx`: the slug of its URL. */
  slug: string;
  /** `translation.from`, when set. */
  from: string | undefined;
  /** `translation.sourceHash`, when set. */
  sourceHash: string | undefined;
  /** Whether it is a draft (drafts are not built, so never reported as out of date). */
  draft: boolean;
}

/** Every translation file in `dir` with the fields the consistency check needs. */
export function readTranslations(dir = SPANISH_ARTICLES_DIR): TranslationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const data = readFrontmatter(readFileSync(file, 'utf8'));
      const t = (data['translation'] ?? {}) as Record<string, unknown>;
      return {
        file,
        slug: name.replace(/\.mdx$/, ''),
        from: typeof t['from'] === 'string' ? t['from'] : undefined,
        sourceHash: typeof t['sourceHash'] === 'string' ? t['sourceHash'] : undefined,
        draft: data['draft'] === true,
      };
    });
}

/** What the consistency check found: errors stop the build, outdated translations only warn. */
export interface TranslationReport {
  /** Problems that must be fixed, each naming the file and the field. */
  errors: string[];
  /** Published translations whose English original changed after they were made. */
  outdated: { file: string; slug: string; original: string }[];
}

/**
 * Checks what the frontmatter schema cannot see: that each translation is named like its
 * original (so both share a URL slug), and whether the original changed since the translation
 * was made. Missing fields are left to the schema, which names them.
 */
export function checkTranslations(
  translations: readonly TranslationFile[],
  originals: ReadonlyMap<string, OriginalArticle>,
): TranslationReport {
  const report: TranslationReport = { errors: [], outdated: [] };
  for (const t of translations) {
    if (t.from === undefined) continue;
    if (t.from !== t.slug) {
      report.errors.push(
        `${t.file}: translation.from is "${t.from}", but a translation must have its original's file name (${t.from}.mdx), so both pages share a slug.`,
      );
      continue;
    }
    const original = originals.get(t.from);
    if (!original || t.draft || t.sourceHash === undefined) continue;
    if (original.hash !== t.sourceHash) report.outdated.push({ file: t.file, slug: t.slug, original: original.file });
  }
  return report;
}

/** The warning printed for an out-of-date translation, naming the page and how to clear it. */
export function describeOutdated(entry: TranslationReport['outdated'][number]): string {
  return `${entry.file} may be out of date: ${entry.original} changed after it was translated. Update the translation, then run \`npm run translation:hash -- ${entry.slug} --write\`.`;
}

/** The language of a content file by where it lives: translations sit in the articles-es folder. */
export function localeOfContentFile(file: string | undefined): Locale {
  return file !== undefined && file.replace(/\\/g, '/').includes(`/${path.basename(SPANISH_ARTICLES_DIR)}/`)
    ? 'es'
    : 'en';
}
