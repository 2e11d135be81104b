import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkTranslations, describeOutdated, readOriginals, readTranslations } from '../lib/translation';

/** Checks the translations against their originals; throws on a misnamed file, warns for each out-of-date one. */
function runCheck(logger: AstroIntegrationLogger): void {
  const report = checkTranslations(readTranslations(), readOriginals());
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  for (const entry of report.outdated) logger.warn(describeOutdated(entry));
}

/**
 * Translation consistency before the content is checked: a translation must be
 * named like its original, and one whose original changed since it was translated is named in
 * a warning (its page shows a notice too). The frontmatter schema checks the fields themselves.
 */
export default function translationsIntegration(): AstroIntegration {
  return {
    name: 'skinpen-translations',
    hooks: {
      // Runs for `astro build`, `astro dev`, `astro sync` and `astro check` alike.
      'astro:config:done': ({ logger }) => runCheck(logger),
    },
  };
}
