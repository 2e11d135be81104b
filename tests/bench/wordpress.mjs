// The bench's WordPress rows: from a WordPress page's navigation to an interactive widget in
// its frame, through a pasted URL (WordPress's own sandbox) and through the plugin (the loader),
// on the same harness as `npm run test:wordpress`. Ports beside SITE_PORT (+5, +6, +7).
import { findWordPressTools, NO_WORDPRESS_MESSAGE } from '../wordpress/harness.mjs';
import { startGuideAndWordPress } from '../wordpress/start.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Milliseconds from the page's navigation until the layer-depth slider in `frameSelector` can be used. */
async function timeToInteractive(browser, url, frameSelector) {
  const page = await browser.newPage();
  await page.goto(url);
  const frame = await (await page.waitForSelector(frameSelector)).contentFrame();
  await frame.waitForFunction(() => {
    const el = document.querySelector('[data-widget="layer-depth"] input[type="range"]');
    return el && !el.hasAttribute('disabled');
  });
  const elapsed = await page.evaluate(() => performance.now());
  await page.close();
  return elapsed;
}

/** The rows of the "WordPress" table (median of 5 each), or one row saying why there are none. */
export async function wordpressRows(browser) {
  if (!findWordPressTools().tools) return [['Not measured', NO_WORDPRESS_MESSAGE.split('\n')[0]]];
  const base = Number(process.env.SITE_PORT ?? 4322);
  const guide = `http://localhost:${base + 6}`;
  const started = await startGuideAndWordPress({
    guide,
    sites: [
      {
        name: 'plain',
        port: base + 5,
        plugin: '',
        posts: {
          Pasted: `<!-- wp:embed {"url":"${guide}/embed/layer-depth/","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${guide}/embed/layer-depth/\n</div></figure>\n<!-- /wp:embed -->`,
        },
      },
      {
        name: 'plugin',
        port: base + 7,
        plugin: guide,
        posts: { Shortcode: '<!-- wp:shortcode -->\n[skinpen widget="layer-depth"]\n<!-- /wp:shortcode -->' },
      },
    ],
  });
  try {
    const rows = [];
    for (const [label, url, frame] of [
      ['Pasted URL, no plugin (WordPress’s sandbox)', started.sites.plain.pages.Pasted, 'iframe.wp-embedded-content'],
      ['Plugin shortcode (the loader)', started.sites.plugin.pages.Shortcode, 'iframe.skinpen-frame'],
    ]) {
      const times = [];
      for (let i = 0; i < 5; i++) times.push(await timeToInteractive(browser, url, frame));
      rows.push([
        `WordPress page load to interactive widget: ${label} (median of 5)`,
        `${median(times).toFixed(0)} ms`,
      ]);
    }
    return rows;
  } finally {
    await started.stop();
  }
}
