// Builds the guide for the origin the suite serves it on, serves it, and starts two WordPress
// sites (one without the plugin, one with it), for every spec in this folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDirectory } from '../support/static-server.mjs';
import { startWordPress } from './harness.mjs';
import { guideOrigin, plainPages, pluginPages, wordpressPorts, type WordPressRun } from './site';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const ports = wordpressPorts();
  const guide = guideOrigin(ports.guide);
  const dist = mkdtempSync(path.join(tmpdir(), 'skinpen-wp-guide-'));
  // A local build whose absolute links (oEmbed, embed credit, loader origin) name the origin served below.
  const build = spawnSync(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--site', guide, '--outDir', dist],
    { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKINPEN_SOCIAL_CARDS: 'off' } },
  );
  if (build.status !== 0) throw new Error(`The guide did not build:\n${build.stdout}\n${build.stderr}`);
  const server = await serveDirectory(dist, ports.guide, '127.0.0.1');
  const wordpress = await startWordPress({
    guidePort: ports.guide,
    sites: [
      { name: 'plain', port: ports.plain, plugin: '', posts: plainPages(guide) },
      { name: 'plugin', port: ports.plugin, plugin: guide, posts: pluginPages(guide) },
    ],
  }).catch((error: unknown) => {
    server.close();
    throw error;
  });
  const run: WordPressRun = { guide, sites: wordpress.sites };
  process.env['SKINPEN_WORDPRESS'] = JSON.stringify(run);
  return async () => {
    await wordpress.stop();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  };
}
