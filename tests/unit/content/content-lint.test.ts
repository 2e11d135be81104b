// The content lint on fixtures holding every payload from the security review (F8, F12): each
// must be refused with its file and line (and, in data, its entry and field); clean content
// passes; the build runs the lint before anything else.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import contentLint, { lintContentFiles } from '../../../src/integrations/content-lint';
import { isLiteralExpression, lintMdx } from '../../../src/lib/content-lint/mdx';
import { checkUrl } from '../../../src/lib/content-lint/rules';
import { lintYaml } from '../../../src/lib/content-lint/yaml';

const fixture = (name: string) => readFileSync(path.join('tests/fixtures/content-lint', name), 'utf8');

describe('lintMdx', () => {
  it('passes components, comments, plain values and safe links', () => {
    expect(lintMdx(fixture('clean.mdx'), 'clean.mdx')).toEqual([]);
  });

  it('refuses each hostile construct on its own line', () => {
    const problems = lintMdx(fixture('hostile.mdx'), 'hostile.mdx');
    expect(problems.every((p) => p.file === 'hostile.mdx')).toBe(true);
    const perLine: Record<number, number> = {};
    for (const p of problems) perLine[p.line] = (perLine[p.line] ?? 0) + 1;
    // Line → how many problems: the button and the form each bring a second element or attribute.
    expect(perLine).toEqual({
      6: 1,
      9: 1,
      11: 1,
      13: 2,
      15: 1,
      17: 1,
      19: 1,
      21: 1,
      23: 1,
      25: 2,
      27: 1,
      29: 1,
      31: 1,
      33: 1,
      35: 1,
      37: 1,
      39: 1,
      41: 1,
      43: 1,
      45: 1,
      47: 1,
      49: 1,
      51: 1,
      53: 1,
      55: 1,
      57: 1,
      59: 1,
      61: 1,
    });
  });

  it.each([
    [6, /import and export statements run as code/],
    [9, /<script> is not allowed in content: it runs code/],
    [13, /the onClick attribute runs code/],
    [17, /"http:\/\/evil\.test\/x\.png" is not https/],
    [23, /the style attribute is not allowed/],
    [35, /<meta> is not allowed.*refresh/],
    [37, /dangerouslySetInnerHTML attribute is not allowed/],
    [39, /\{process\.cwd\(\)\} runs as code when the site builds/],
    [41, /javascript: URLs can run code/],
    [43, /javascript: URLs can run code/],
    [45, /data: URLs can run code/],
    [49, /link: javascript: URLs/],
    [51, /spreads code into Cite/],
    [53, /hours=\{fetchHours\(\)\} runs as code/],
    [55, /href: javascript: URLs/],
    [57, /has no scheme; write the full https:\/\/ address/],
    [61, /file: URLs can run code/],
  ])('says what is wrong on line %i', (line, message) => {
    const messages = lintMdx(fixture('hostile.mdx'), 'hostile.mdx')
      .filter((p) => p.line === line)
      .map((p) => p.message);
    expect(messages.join('\n')).toMatch(message);
  });

  it('checks raw HTML in Markdown files too', () => {
    const problems = lintMdx('# Title\n\nText\n\n<div onclick="x">y</div>\n\n<iframe\nsrc="x">\n', 'page.md', 'md');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, 'the onClick attribute runs code'],
      [7, '<iframe> is not allowed in content: it frames another page'],
    ]);
  });

  it('reports MDX that cannot be parsed with its line', () => {
    expect(lintMdx('Fine\n\nBroken <https://x.org> autolink\n', 'broken.mdx')[0]).toMatchObject({ line: 3 });
  });
});

describe('isLiteralExpression', () => {
  it.each([
    ['24', true],
    ['-1.5e3', true],
    ['[\'a\', "b"]', true],
    ['{ compact: true, level: null }', true],
    ['/* note */ 1', true],
    ['process.env', false],
    ['fetchHours()', false],
    ['`template ${x}`', false],
    ['a', false],
    ['[1, b]', false],
    ['1 + 1', false],
    ["'a'.constructor", false],
  ])('%s is a plain value: %s', (expression, expected) => {
    expect(isLiteralExpression(expression)).toBe(expected);
  });
});

describe('checkUrl', () => {
  it.each([
    ['/articles/aftercare/', undefined],
    ['../faq/', undefined],
    ['#sources', undefined],
    ['https://example.org/', undefined],
    ['mailto:editor@example.org', undefined],
    ['tel:911', undefined],
    ['http://example.org/', /is not https/],
    [' JavaScript:alert(1)', /javascript: URLs can run code/],
    ['java\nscript:alert(1)', /javascript: URLs can run code/],
    ['VBSCRIPT:x', /vbscript: URLs/],
    ['data:text/html,x', /data: URLs/],
    ['ftp://example.org/', /ftp: links are not allowed/],
    ['//evil.test/', /has no scheme/],
    ['\\\\evil.test/', /has no scheme/],
  ])('%j: %s', (url, expected) => {
    const result = checkUrl(url);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(expected);
  });

  it('lets http through only when asked (reference URLs)', () => {
    expect(checkUrl('http://example.org/', true)).toBeUndefined();
    expect(checkUrl('javascript:alert(1)', true)).toMatch(/can run code/);
  });
});

describe('lintYaml', () => {
  it('names the file, line, entry and field of each problem', () => {
    const { problems, httpUrls } = lintYaml(fixture('hostile.yaml'), 'references.yaml', true);
    expect(problems.map((p) => [p.line, p.entry, p.field])).toEqual([
      [9, 'ref-2', 'url'],
      [12, 'ref-3', 'title'],
      [20, 'ref-4', 'alsoAt.1'],
      [24, 'ref-5', 'note'],
      [26, '#6', 'definition'],
      [29, 'ref-7', 'note'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/javascript: URLs can run code/),
      expect.stringMatching(/<script> is not allowed/),
      expect.stringMatching(/data: URLs can run code/),
      expect.stringMatching(/the onmouseover attribute runs code/),
      expect.stringMatching(/a Markdown link: vbscript: URLs/),
      expect.stringMatching(/<meta> is not allowed/),
    ]);
    expect(httpUrls.map((p) => [p.line, p.entry, p.field])).toEqual([[5, 'ref-1', 'alsoAt.0']]);
  });

  it('refuses plain http outside references', () => {
    const { problems } = lintYaml(fixture('hostile.yaml'), 'glossary.yaml');
    expect(problems[0]).toMatchObject({ line: 5, entry: 'ref-1', field: 'alsoAt.0' });
    expect(problems[0]?.message).toMatch(/not https/);
  });
});

describe('the content-lint integration', () => {
  function project(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'skinpen-lint-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  }

  async function runHook(root: string): Promise<string[]> {
    const warnings: string[] = [];
    const hook = contentLint().hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void> | void;
    await hook({ config: { root: pathToFileURL(`${root}/`) }, logger: { warn: (m: string) => warnings.push(m) } });
    return warnings;
  }

  it('stops the build listing every problem with its file and line', async () => {
    const root = project({
      'src/content/articles/evil.mdx': fixture('hostile.mdx'),
      'src/content/references/references.yaml': fixture('hostile.yaml'),
    });
    try {
      await expect(runHook(root)).rejects.toThrow(
        /Content that is not allowed \(3\d\):\nsrc\/content\/articles\/evil\.mdx:6: import and export[\s\S]*src\/content\/references\/references\.yaml:9: entry "ref-2", field url: javascript:/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('passes clean content, with one warning for http reference URLs', async () => {
    const root = project({
      'src/content/articles/fine.mdx': fixture('clean.mdx'),
      'src/content/references/references.yaml': "- id: ref-1\n  url: 'http://example.org/'\n",
    });
    try {
      expect(await runHook(root)).toEqual([expect.stringMatching(/^1 reference URLs use http: \(ref-1\)/)]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('passes the real content of the guide', () => {
    expect(lintContentFiles(process.cwd(), ['src/content']).problems).toEqual([]);
  });

  it('runs in every build: astro.config.mjs lists it', async () => {
    const config = (await import('../../../astro.config.mjs')).default as { integrations: { name: string }[] };
    expect(config.integrations.map((i) => i.name)).toContain('skinpen-content-lint');
  });
});
