import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lintMdx } from '../lib/content-lint/mdx';
import { formatProblems, type ContentProblem } from '../lib/content-lint/rules';
import { lintYaml } from '../lib/content-lint/yaml';

const CONTENT_FILE = /\.(mdx?|ya?ml)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return CONTENT_FILE.test(entry.name) ? [full] : [];
  });
}

interface LintResult {
  problems: ContentProblem[];
  httpUrls: ContentProblem[];
}

function lintFile(root: string, file: string, into: LintResult): void {
  const name = path.relative(root, file);
  const source = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) {
    // Some sources have no https address; references may link to them over http, with a notice.
    const result = lintYaml(source, name, name.split(path.sep).includes('references'));
    into.problems.push(...result.problems);
    into.httpUrls.push(...result.httpUrls);
  } else into.problems.push(...lintMdx(source, name, file.endsWith('.md') ? 'md' : 'mdx'));
}

/** Checks every article and data file under `dirs`; file names in the result are relative to `root`. */
export function lintContentFiles(root: string, dirs: readonly string[]): LintResult {
  const result: LintResult = { problems: [], httpUrls: [] };
  for (const file of [...new Set(dirs.flatMap((dir) => listFiles(path.resolve(root, dir))))].sort())
    lintFile(root, file, result);
  return result;
}

/**
 * Content is checked like code before anything builds (dev, build, sync, check): no markup that
 * runs, loads, redirects or submits, no build-time code in MDX, and links only to https,
 * mailto, tel or this site. A failure names the file and line (and the entry and field of data).
 */
export default function contentLintIntegration(dirs: readonly string[] = ['src/content']): AstroIntegration {
  return {
    name: 'skinpen-content-lint',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // The scale benchmark builds from a folder of generated articles.
        const extra = process.env['SKINPEN_ARTICLES_DIR'];
        const { problems, httpUrls } = lintContentFiles(root, extra ? [...dirs, extra] : dirs);
        if (httpUrls.length > 0)
          logger.warn(
            `${httpUrls.length} reference URLs use http: (${[...new Set(httpUrls.map((u) => u.entry))].join(', ')}); use https where the source offers it.`,
          );
        if (problems.length > 0)
          throw new Error(`Content that is not allowed (${problems.length}):\n${formatProblems(problems)}`);
      },
      // The dev server keeps running; an edit that breaks a rule is reported as it is saved.
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const check = (file: string) => {
          if (!CONTENT_FILE.test(file) || !dirs.some((dir) => file.startsWith(path.resolve(root, dir)))) return;
          const result: LintResult = { problems: [], httpUrls: [] };
          lintFile(root, file, result);
          if (result.problems.length > 0) logger.error(formatProblems(result.problems));
        };
        server.watcher.on('change', check);
        server.watcher.on('add', check);
      },
    },
  };
}
