// Builds the content layer (`astro sync`) of a throwaway project holding one fixture at a
// time, and checks that bad content stops it with a message naming the file and the field. Only
// the few runs that prove Astro names the file and the entry are here; every field's own message
// is checked in-process in tests/unit/lib/schemas.test.ts.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
const valid = readFileSync(path.join(root, 'tests/fixtures/bad-content/valid.mdx'), 'utf8');
const made: string[] = [];

/** What a fixture project holds besides its one article: more English articles, translations, another config. */
interface Extra {
  articles?: Record<string, string>;
  articlesEs?: Record<string, string>;
  config?: string;
}

/** Makes a minimal Astro project with the real content config, the real data and one article. */
function makeProject(article: string, glossary?: string, extra: Extra = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'skinpen-content-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'src/content/articles'), { recursive: true });
  mkdirSync(path.join(dir, 'src/content/glossary'), { recursive: true });
  mkdirSync(path.join(dir, 'src/content/articles-es'), { recursive: true });
  cpSync(path.join(root, 'src/content.config.ts'), path.join(dir, 'src/content.config.ts'));
  // The widget data collections take their schemas from the widget folders; translations read src/lib.
  symlinkSync(path.join(root, 'src/components'), path.join(dir, 'src/components'), 'dir');
  symlinkSync(path.join(root, 'src/lib'), path.join(dir, 'src/lib'), 'dir');
  for (const entry of readdirSync(path.join(root, 'src/content'), { withFileTypes: true })) {
    if (['articles', 'articles-es', 'glossary'].includes(entry.name)) continue;
    const from = path.join(root, 'src/content', entry.name);
    if (entry.isDirectory()) symlinkSync(from, path.join(dir, 'src/content', entry.name), 'dir');
    else cpSync(from, path.join(dir, 'src/content', entry.name));
  }
  writeFileSync(
    path.join(dir, 'src/content/glossary/glossary.yaml'),
    glossary ?? readFileSync(path.join(root, 'src/content/glossary/glossary.yaml'), 'utf8'),
  );
  writeFileSync(path.join(dir, 'src/content/articles/fixture-article.mdx'), article);
  for (const [name, text] of Object.entries(extra.articles ?? {}))
    writeFileSync(path.join(dir, 'src/content/articles', name), text);
  for (const [name, text] of Object.entries(extra.articlesEs ?? {}))
    writeFileSync(path.join(dir, 'src/content/articles-es', name), text);
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    extra.config ?? "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `astro sync` in a project; resolves with whether it succeeded and what it printed. */
async function sync(dir: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'],
      // CI=true turns Astro's colours on; the messages are checked as plain text.
      { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
    );
    return { ok: true, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('content validation during the build', { timeout: 90_000 }, () => {
  it('accepts the valid fixture', async () => {
    const result = await sync(makeProject(valid));
    expect(result.output).not.toMatch(/InvalidContentEntryDataError/);
    expect(result.ok).toBe(true);
  });

  it('fails on an article citing an unknown reference, naming the file and the field', async () => {
    const result = await sync(makeProject(valid.replace(/^sources: .*$/m, 'sources: [ref-1, ref-999]')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/fixture-article\.mdx/);
    expect(result.output).toMatch(/sources\.1: unknown reference id "ref-999"/);
  });

  it('fails on a glossary entry citing an unknown reference, naming the entry and the field', async () => {
    const glossary =
      '- id: "test-term"\n  term: "Test term"\n  aliases: []\n  definition: "A term made up for this test."\n  sources: ["ref-4040"]\n';
    const result = await sync(makeProject(valid, glossary));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/glossary/);
    expect(result.output).toMatch(/test-term/);
    expect(result.output).toMatch(/sources\.0: unknown reference id "ref-4040"/);
  });

  it('checks translations: a missing hash fails naming the file and field, a stale one warns naming the page', async () => {
    const translation = (from: string, hash: string) =>
      `---\ntitle: "Una traducción de prueba"\ndescription: "Una traducción de prueba para comprobar lo que revisa la compilación."\nsources: [ref-1, ref-2, ref-9]\ntranslation:\n  from: ${from}\n${hash}  translatedBy: "un modelo de lenguaje"\n  reviewedBy: "el equipo editorial"\n  date: 2026-11-30\n---\n\nCuerpo.\n`;
    const config = `import mdx from '@astrojs/mdx';\nimport translations from '${path.join(root, 'src/integrations/translations.ts')}';\nexport default { integrations: [mdx(), translations()] };\n`;
    const result = await sync(
      makeProject(valid, undefined, {
        articles: { 'fixture-two.mdx': valid },
        articlesEs: {
          'fixture-article.mdx': translation('fixture-article', `  sourceHash: ${'b'.repeat(64)}\n`),
          'fixture-two.mdx': translation('fixture-two', ''),
        },
        config,
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/articles-es\/fixture-two\.mdx/);
    expect(result.output).toMatch(/translation\.sourceHash: missing: run `npm run translation:hash -- <slug> --write`/);
    expect(result.output).toMatch(
      /articles-es\/fixture-article\.mdx may be out of date: src\/content\/articles\/fixture-article\.mdx changed after it was translated/,
    );
  });
});
