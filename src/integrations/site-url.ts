import type { AstroIntegration } from 'astro';

/** The origin dev servers, previews and local builds use when no site is given. */
export const LOCAL_SITE = 'http://localhost:4321';

/** What the check decided: the site to use, or why the build must stop, and anything worth a warning. */
export interface SiteCheck {
  site?: string;
  error?: string;
  warning?: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

const HOW_TO = [
  'Set SITE_URL to the public origin when building for deployment:',
  '  SITE_URL=https://guide.example.org npm run build',
  'To build a copy to try on this computer, run `npm run build:local` (or `npm start`).',
].join('\n');

/**
 * Checks the site origin for a command. Builds need an explicit origin (SITE_URL or `--site`),
 * because canonical, sitemap, oEmbed and embed links are absolute and a fallback would quietly
 * point them at localhost; dev, preview and sync fall back to LOCAL_SITE.
 */
export function checkSite(site: string | undefined, command: string): SiteCheck {
  if (site === undefined || site.trim() === '') {
    if (command !== 'build') return { site: LOCAL_SITE };
    return { error: `SITE_URL is not set, so every absolute link would point at ${LOCAL_SITE}.\n${HOW_TO}` };
  }
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return { error: `SITE_URL ${JSON.stringify(site)} is not a URL such as https://guide.example.org.\n${HOW_TO}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `SITE_URL ${JSON.stringify(site)} must start with https:// (or http://).` };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    return {
      error: `SITE_URL ${JSON.stringify(site)} must be an origin only (the guide is served from the root of its host), e.g. ${url.origin}.`,
    };
  const loopback = LOOPBACK.test(url.hostname);
  if (command === 'build' && loopback)
    return { site: url.origin, warning: `Local build: links point at ${url.origin}; do not deploy this dist/.` };
  if (url.protocol === 'http:' && !loopback)
    return { site: url.origin, warning: `SITE_URL ${url.origin} uses http:; readers and clinics should get https.` };
  return { site: url.origin };
}

/** Stops a build that has no site origin and gives dev servers the local one (see checkSite). */
export default function siteUrlIntegration(): AstroIntegration {
  return {
    name: 'skinpen-site-url',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const result = checkSite(config.site, command);
        if (result.error) throw new Error(result.error);
        if (result.warning) logger.warn(result.warning);
        if (result.site !== config.site) updateConfig({ site: result.site });
      },
    },
  };
}
