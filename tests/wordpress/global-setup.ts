// Builds and serves the guide, and starts two WordPress sites (one without the plugin, one with
// it), for every spec in this folder.
import { startGuideAndWordPress } from './start.mjs';
import { guideOrigin, plainPages, pluginPages, wordpressPorts, type WordPressRun } from './site';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const ports = wordpressPorts();
  const guide = guideOrigin(ports.guide);
  const started = await startGuideAndWordPress({
    guide,
    sites: [
      { name: 'plain', port: ports.plain, plugin: '', posts: plainPages(guide) },
      { name: 'plugin', port: ports.plugin, plugin: guide, posts: pluginPages(guide) },
    ],
  });
  const run: WordPressRun = { guide, sites: started.sites };
  process.env['SKINPEN_WORDPRESS'] = JSON.stringify(run);
  return started.stop;
}
