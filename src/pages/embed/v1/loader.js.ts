import path from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/** The clinic-facing loader, bundled and minified at build time from src/embed/loader.ts. */
export const GET: APIRoute = async () => {
  const result = await build({
    // The build runs from the project root.
    entryPoints: [path.resolve('src/embed/loader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(`/*! SkinPen Guide embed loader v1 | no cookies, no tracking */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
