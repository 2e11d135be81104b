// The WordPress sites the suite starts and the pages it publishes on them, shared by the global
// setup (which creates them) and the specs (which visit them).

/** Ports beside SITE_PORT, so several checkouts can run the suite at once. */
export function wordpressPorts(sitePort = Number(process.env['SITE_PORT'] ?? 4322)) {
  return { plain: sitePort + 5, guide: sitePort + 6, plugin: sitePort + 7 };
}

/** The guide's origin in the suite: localhost, so it is another site than WordPress on 127.0.0.1. */
export function guideOrigin(port = wordpressPorts().guide): string {
  return `http://localhost:${port}`;
}

/** Block markup of an Embed block holding a pasted URL, as the editor saves it. */
function pastedUrl(url: string): string {
  return `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"skinpen-guide"} -->\n<figure class="wp-block-embed is-type-rich is-provider-skinpen-guide wp-block-embed-skinpen-guide"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
}

/** The pages of the clinic site without the plugin: pasted URLs and the loader in a Custom HTML block. */
export function plainPages(guide: string): Record<string, string> {
  return {
    'Pasted layer depth': pastedUrl(`${guide}/embed/layer-depth/`),
    'Pasted recovery timeline': pastedUrl(`${guide}/embed/recovery-timeline/`),
    'Loader snippet': `<!-- wp:html -->\n<div data-skinpen-widget="recovery-timeline" data-lang="es" data-planner="true">\n  <a href="${guide}/embed/recovery-timeline/">Recovery after microneedling, day by day (SkinPen Guide)</a>\n</div>\n<script src="${guide}/embed/v1/loader.js" defer></script>\n<!-- /wp:html -->`,
  };
}

/** The pages of the clinic site with the plugin: shortcode, block, a pasted URL, hostile attributes. */
export function pluginPages(guide: string): Record<string, string> {
  return {
    Shortcode:
      '<!-- wp:shortcode -->\n[skinpen widget="recovery-timeline" lang="es" planner="true"]\n<!-- /wp:shortcode -->',
    Block: '<!-- wp:skinpen-guide/widget {"widget":"layer-depth","region":"neck","lang":"es"} /-->',
    'Pasted with the plugin': pastedUrl(`${guide}/embed/layer-depth/?region=forehead&depth=1.5`),
    'Hostile shortcode': `<!-- wp:shortcode -->\n[skinpen widget="layer-depth" region="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" accent="red;background:url(//evil.test/x)" depth="9e9" lang="es" onload="alert(1)" concern="__proto__"]\n<!-- /wp:shortcode -->`,
    'Markup in a shortcode': `<!-- wp:shortcode -->\n[skinpen widget="layer-depth" region='"><script>alert(1)</script>' lang="es"]\n<!-- /wp:shortcode -->`,
  };
}

/** What the global setup hands the specs (through SKINPEN_WORDPRESS). */
export interface WordPressRun {
  guide: string;
  sites: Record<'plain' | 'plugin', { home: string; pages: Record<string, string>; debugLog: string }>;
}

/** The running sites, as the global setup started them. */
export function wordpressRun(): WordPressRun {
  const json = process.env['SKINPEN_WORDPRESS'];
  if (!json) throw new Error('The WordPress sites are not running: run this suite with `npm run test:wordpress`.');
  return JSON.parse(json) as WordPressRun;
}
