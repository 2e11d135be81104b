import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy hash (`sha256-…`, without quotes, as `Astro.csp.insertScriptHash`
 * takes it) of an inline script's exact text. Astro hashes the scripts it bundles but not
 * `is:inline` ones, so each page hashes the inline scripts it renders itself.
 */
export function inlineScriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
