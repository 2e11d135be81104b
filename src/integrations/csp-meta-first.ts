import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET_META = /^(<!DOCTYPE html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">)/i;

/**
 * Moves a page's Content-Security-Policy `<meta>` to the front of its `<head>`, right after
 * `<meta charset>` (which must stay within the first 1,024 bytes). Astro writes the policy where
 * its head content goes, after everything the layout put in `<head>`, and a policy only governs
 * what comes after it. Returns the page unchanged when it has no policy or no charset first.
 */
export function moveCspMetaFirst(html: string): string {
  const csp = CSP_META.exec(html);
  if (!csp || !CHARSET_META.test(html)) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  return without.replace(CHARSET_META, `$1${csp[0]}`);
}

function listHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : listHtml(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Puts every built page's CSP `<meta>` first in its `<head>` (see moveCspMetaFirst). */
export default function cspMetaFirstIntegration(): AstroIntegration {
  return {
    name: 'skinpen-csp-meta-first',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of listHtml(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const moved = moveCspMetaFirst(html);
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}
