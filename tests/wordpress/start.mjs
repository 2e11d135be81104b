// Builds the guide for the origin it is served on (localhost beside SITE_PORT), serves it like
// a static host, and starts the WordPress sites: what the WordPress suite and the bench share.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDirectory } from '../support/static-server.mjs';
import { startWordPress } from './harness.mjs';

/**
 * Starts the guide at `guide` (an http://localhost:<port> origin) and the WordPress `sites` (see
 * startWordPress; `makePosts(guide)` gives each site's pages). Resolves with the sites and stop().
 */
export async function startGuideAndWordPress({ guide, sites }) {
  const dist = mkdtempSync(path.join(tmpdir(), 'skinpen-wp-guide-'));
  // A local build whose absolute links (oEmbed, embed credit, loader origin) name the origin served below.
  const build = spawnSync(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--site', guide, '--outDir', dist],
    { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKINPEN_SOCIAL_CARDS: 'off' } },
  );
  if (build.status !== 0) {
    rmSync(dist, { recursive: true, force: true });
    throw new Error(`The guide did not build:\n${build.stdout}\n${build.stderr}`);
  }
  const guidePort = Number(new URL(guide).port);
  const server = await serveDirectory(dist, guidePort, '127.0.0.1');
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  };
  try {
    const wordpress = await startWordPress({ guidePort, sites });
    return {
      sites: wordpress.sites,
      stop: async () => {
        await wordpress.stop();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
