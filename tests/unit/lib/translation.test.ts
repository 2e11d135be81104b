import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkTranslations,
  describeOutdated,
  hashSource,
  localeOfContentFile,
  readFrontmatter,
  readOriginals,
  readTranslations,
} from '../../../src/lib/translation';
import { writeSourceHash } from '../../../src/lib/translation-hash';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A folder of MDX files, named → text. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'skinpen-translation-'));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const english = '---\ntitle: "A"\nsources: [ref-1, ref-2]\n---\n\nBody.\n';

describe('hashSource', () => {
  it('is the SHA-256 of the text, in hex', () => {
    // The standard SHA-256 test vector for "abc" (FIPS 180-2, appendix B.1).
    expect(hashSource('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('does not change when only the line endings do', () => {
    expect(hashSource('a\r\nb\r\n')).toBe(hashSource('a\nb\n'));
    expect(hashSource('a\nb\n')).not.toBe(hashSource('a\nb.\n'));
  });
});

describe('readFrontmatter', () => {
  it.each([
    ['---\ntitle: x\n---\nbody', { title: 'x' }],
    ['no frontmatter', {}],
    ['---\n- a list\n---\n', {}],
  ])('reads %j', (text, expected) => {
    expect(readFrontmatter(text)).toEqual(expected);
  });
});

describe('readOriginals and readTranslations', () => {
  it('reads published originals with their sources and hash, and leaves drafts out', () => {
    const dir = folder({ 'a.mdx': english, 'b.mdx': '---\ndraft: true\nsources: [ref-1]\n---\n' });
    const originals = readOriginals(dir);
    expect([...originals.keys()]).toEqual(['a']);
    expect(originals.get('a')).toMatchObject({ sources: ['ref-1', 'ref-2'], hash: hashSource(english) });
  });

  it('reads each translation’s origin and hash', () => {
    const dir = folder({ 'a.mdx': '---\ntranslation:\n  from: a\n  sourceHash: abc\n---\n' });
    expect(readTranslations(dir)).toEqual([
      { file: path.join(dir, 'a.mdx'), slug: 'a', from: 'a', sourceHash: 'abc', draft: false },
    ]);
  });
});

describe('checkTranslations', () => {
  const originals = new Map([['a', { sources: ['ref-1'], hash: 'h-now', file: 'src/content/articles/a.mdx' }]]);
  const t = (over: Partial<Parameters<typeof checkTranslations>[0][number]>) => ({
    file: 'src/content/articles-es/a.mdx',
    slug: 'a',
    from: 'a',
    sourceHash: 'h-now',
    draft: false,
    ...over,
  });

  it('finds nothing wrong with a translation of the original as it is now', () => {
    expect(checkTranslations([t({})], originals)).toEqual({ errors: [], outdated: [] });
  });

  it('reports a translation whose original changed since, naming both files', () => {
    const report = checkTranslations([t({ sourceHash: 'h-before' })], originals);
    expect(report.outdated).toEqual([
      { file: 'src/content/articles-es/a.mdx', slug: 'a', original: 'src/content/articles/a.mdx' },
    ]);
    expect(describeOutdated(report.outdated[0] ?? { file: '', slug: '', original: '' })).toBe(
      'src/content/articles-es/a.mdx may be out of date: src/content/articles/a.mdx changed after it was translated. Update the translation, then run `npm run translation:hash -- a --write`.',
    );
  });

  it('does not report a draft as out of date', () => {
    expect(checkTranslations([t({ sourceHash: 'h-before', draft: true })], originals).outdated).toEqual([]);
  });

  it('refuses a translation not named like its original, naming the file and the field', () => {
    const report = checkTranslations([t({ file: 'src/content/articles-es/que-es.mdx', slug: 'que-es' })], originals);
    expect(report.errors).toEqual([
      'src/content/articles-es/que-es.mdx: translation.from is "a", but a translation must have its original\'s file name (a.mdx), so both pages share a slug.',
    ]);
  });

  it('leaves missing fields to the schema', () => {
    expect(checkTranslations([t({ from: undefined }), t({ sourceHash: undefined })], originals)).toEqual({
      errors: [],
      outdated: [],
    });
  });
});

describe('localeOfContentFile', () => {
  it.each([
    ['/repo/src/content/articles-es/a.mdx', 'es'],
    ['C:\\repo\\src\\content\\articles-es\\a.mdx', 'es'],
    ['/repo/src/content/articles/a.mdx', 'en'],
    [undefined, 'en'],
  ])('reads %j as %s', (file, expected) => {
    expect(localeOfContentFile(file)).toBe(expected);
  });
});

describe('writeSourceHash', () => {
  const hash = 'f'.repeat(64);
  it('replaces the recorded hash', () => {
    expect(writeSourceHash('translation:\n  from: a\n  sourceHash: old\n', hash)).toBe(
      `translation:\n  from: a\n  sourceHash: ${hash}\n`,
    );
  });

  it('adds the hash under translation: when there is none', () => {
    expect(writeSourceHash('translation:\n  from: a\n', hash)).toBe(`translation:\n  sourceHash: ${hash}\n  from: a\n`);
  });

  it('refuses a file with no translation block', () => {
    expect(() => writeSourceHash('title: x\n', hash)).toThrow(/translation/);
  });
});
