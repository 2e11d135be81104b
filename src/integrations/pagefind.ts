import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { crawlSite } from '../lib/crawl';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/vocabulary';

function listHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : listHtml(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Builds the Pagefind index of the built site with Pagefind's Node API. */
async function indexDirectory(dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  const vocabulary = buildVocabulary(listHtml(dir).map((f) => readFileSync(f, 'utf8')));
  writeFileSync(path.join(dir, 'pagefind', VOCABULARY_FILE), JSON.stringify(vocabulary));
  logger.info(`Pagefind indexed ${added.page_count} pages; ${vocabulary.length} words for spelling correction.`);
  await pagefind.close();
}

/**
 * Search for the whole site: indexes the built HTML at `astro:build:done`, and in dev
 * builds an in-memory index from the dev server's own pages and serves it at /pagefind/.
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
          if (!url.startsWith('/pagefind/')) return next();
          const body = devFiles?.get(url.slice('/pagefind/'.length));
          if (!body) {
            res.statusCode = devFiles ? 404 : 503;
            res.end(devFiles ? 'Not found' : 'The search index is still being built; try again in a few seconds.');
            return;
          }
          const type = url.endsWith('.js')
            ? 'text/javascript'
            : url.endsWith('.css')
              ? 'text/css'
              : url.endsWith('.json')
                ? 'application/json'
                : 'application/octet-stream';
          res.setHeader('Content-Type', type);
          res.end(Buffer.from(body));
        });
      },
      'astro:server:start': ({ address, logger }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        const origin = `http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
        // Build in the background so the dev server is usable at once.
        void (async () => {
          const pages = await crawlSite(origin, '/');
          const { index } = await pagefind.createIndex({});
          if (!index) return;
          for (const page of pages) await index.addHTMLFile({ url: page.path, content: page.html });
          const { files } = await index.getFiles();
          devFiles = new Map(files.map((f) => [f.path.replace(/^\/+/, ''), f.content]));
          const vocabulary = buildVocabulary(pages.map((p) => p.html));
          devFiles.set(VOCABULARY_FILE, new TextEncoder().encode(JSON.stringify(vocabulary)));
          logger.info(`Dev search index built from ${pages.length} pages (restart the dev server to re-index).`);
        })().catch((error: unknown) => logger.warn(`Dev search index failed: ${String(error)}`));
      },
    },
  };
}
