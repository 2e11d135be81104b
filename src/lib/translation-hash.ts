/**
 * `npm run translation:hash -- <slug> [--write]`: prints the translation hash of the English
 * article src/content/articles/<slug>.mdx. With --write it also puts the hash in the Spanish
 * file's `translation.sourceHash`, which marks the translation as made from the English as it
 * is now. Run by Node directly (type stripping), so it imports with file extensions.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGLISH_ARTICLES_DIR, hashSource, SPANISH_ARTICLES_DIR } from './translation.ts';

/** The Spanish file's text with `translation.sourceHash` set to `hash` (replaced, or added under `translation:`). */
export function writeSourceHash(text: string, hash: string): string {
  const line = `  sourceHash: ${hash}`;
  if (/^ {2}sourceHash:.*$/m.test(text)) return text.replace(/^ {2}sourceHash:.*$/m, line);
  if (/^translation:\s*$/m.test(text)) return text.replace(/^translation:\s*$/m, `translation:\n${line}`);
  throw new Error('the file has no "translation:" block to put the hash in');
}

function main(args: string[]): number {
  const slug = args.find((a) => !a.startsWith('--'));
  if (!slug) {
    console.error('Usage: npm run translation:hash -- <slug> [--write]');
    return 2;
  }
  const english = path.join(ENGLISH_ARTICLES_DIR, `${slug}.mdx`);
  if (!existsSync(english)) {
    console.error(`There is no English article ${english}.`);
    return 1;
  }
  const hash = hashSource(readFileSync(english, 'utf8'));
  console.log(hash);
  if (args.includes('--write')) {
    const spanish = path.join(SPANISH_ARTICLES_DIR, `${slug}.mdx`);
    if (!existsSync(spanish)) {
      console.error(`There is no translation ${spanish} to write the hash into.`);
      return 1;
    }
    writeFileSync(spanish, writeSourceHash(readFileSync(spanish, 'utf8'), hash));
    console.error(`Wrote translation.sourceHash in ${spanish}.`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
