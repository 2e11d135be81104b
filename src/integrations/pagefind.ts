import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { crawlSite } from '../lib/crawl';
import { PAGEFIND_PATH, vocabularyFile } from '../lib/search/paths';
import { buildVocabularies } from '../lib/search/vocabulary';

/** The folder name Pagefind's files go in, inside the built site. */
const folder = PAGEFIND_PATH.replace(/^\/|\/$/g, '');

function listHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === folder ? [] : listHtml(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Returns a Pagefind response whose errors list is empty, or logs each error and throws
 * (the pattern of Starlight's Pagefind integration), so every call is checked the same way.
 */
function assertPagefindResponse<T extends { errors: string[] }>(
  response: T,
  step: string,
  logger: AstroIntegrationLogger,
): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind error: ${error}`);
    throw new Error(`Pagefind could not ${step}.`);
  }
  return response as Required<T>;
}

/** The spelling vocabularies of the given pages, one file per `<html lang>`, as name → bytes. */
function vocabularyFiles(pages: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const [lang, words] of buildVocabularies(pages)) files.set(vocabularyFile(lang), JSON.stringify(words));
  return files;
}

/**
 * Builds the Pagefind index of the built site with Pagefind's Node API. Pagefind makes one
 * index per `<html lang>`, and a page searches the index of its own language; the spelling
 * vocabularies are split the same way.
 */
async function indexDirectory(dir: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const { index } = assertPagefindResponse(await pagefind.createIndex({}), 'start', logger);
    const added = assertPagefindResponse(await index.addDirectory({ path: dir }), `index ${dir}`, logger);
    const out = path.join(dir, folder);
    assertPagefindResponse(await index.writeFiles({ outputPath: out }), 'write its files', logger);
    const vocabularies = vocabularyFiles(listHtml(dir).map((f) => readFileSync(f, 'utf8')));
    for (const [name, body] of vocabularies) writeFileSync(path.join(out, name), body);
    logger.info(
      `Pagefind indexed ${added.page_count} pages; spelling vocabularies: ${[...vocabularies.keys()].join(', ')}.`,
    );
  } finally {
    await pagefind.close();
  }
}

/** An in-memory index of the dev server's own pages, as path (inside PAGEFIND_PATH) → bytes. */
async function indexDevServer(origin: string, logger: AstroIntegrationLogger): Promise<Map<string, Uint8Array>> {
  const pages = await crawlSite(origin, '/');
  try {
    const { index } = assertPagefindResponse(await pagefind.createIndex({}), 'start', logger);
    for (const page of pages) {
      assertPagefindResponse(await index.addHTMLFile({ url: page.path, content: page.html }), page.path, logger);
    }
    const { files } = assertPagefindResponse(await index.getFiles(), 'build its files', logger);
    const served = new Map(files.map((f) => [f.path.replace(/^\/+/, ''), f.content]));
    for (const [name, body] of vocabularyFiles(pages.map((p) => p.html)))
      served.set(name, new TextEncoder().encode(body));
    logger.info(`Dev search index built from ${pages.length} pages (restart the dev server to re-index).`);
    return served;
  } finally {
    await pagefind.close();
  }
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Search for the whole site: indexes the built HTML at `astro:build:done`, and in dev
 * builds an in-memory index from the dev server's own pages and serves it at PAGEFIND_PATH.
 */
export default function pagefindIntegration(): AstroIntegration {
  let devFiles: Map<string, Uint8Array> | undefined;
  return {
    name: 'skinpen-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexDirectory(fileURLToPath(dir), logger);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(PAGEFIND_PATH)) return next();
          const body = devFiles?.get(url.slice(PAGEFIND_PATH.length));
          if (!body) {
            res.statusCode = devFiles ? 404 : 503;
            res.end(devFiles ? 'Not found' : 'The search index is still being built; try again in a few seconds.');
            return;
          }
          res.setHeader('Content-Type', TYPES[path.extname(url)] ?? 'application/octet-stream');
          res.end(Buffer.from(body));
        });
      },
      'astro:server:start': ({ address, logger }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        const origin = `http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
        // Build in the background so the dev server is usable at once.
        indexDevServer(origin, logger).then(
          (files) => (devFiles = files),
          (error: unknown) => logger.warn(`Dev search index failed: ${String(error)}`),
        );
      },
    },
  };
}
