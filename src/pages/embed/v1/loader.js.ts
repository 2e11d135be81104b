import path from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * The clinic-facing loader, bundled and minified at build time from src/embed/loader.ts, with
 * this site's origin written in: a clinic page's markup can never point it anywhere else.
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The embed loader needs the site origin: set `site` in astro.config.mjs.');
  const result = await build({
    stdin: {
      contents: `import { startLoader } from './loader';\nstartLoader(${JSON.stringify(site.origin)});\n`,
      // The build runs from the project root.
      resolveDir: path.resolve('src/embed'),
      sourcefile: 'loader-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    // What the embeds themselves need anyway; written as UTF-8 (the response says so), not \x escapes.
    target: 'es2020',
    charset: 'utf8',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(`/*! SkinPen Guide embed loader v1 | no cookies, no tracking */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
