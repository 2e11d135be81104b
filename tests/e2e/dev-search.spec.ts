// `npm run dev` has working search: the dev server indexes its own pages on start.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Beside the site's port, so several checkouts can run their suites at once (SITE_PORT).
const DEV_PORT = Number(process.env.SITE_PORT ?? 4322) + 2;
const devOrigin = `http://127.0.0.1:${DEV_PORT}`;
let dev: ChildProcess | undefined;
/** The dev server's output, shown when the index never arrives. */
let log = '';

// The dev server renders every page on demand to index it: minutes on a busy two-core machine.
test.describe.configure({ mode: 'serial', timeout: 330_000 });

test.beforeAll(async () => {
  dev = spawn(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(DEV_PORT), '--host', '127.0.0.1'],
    {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [dev.stdout, dev.stderr]) stream?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // The index is built in the background after the server starts; wait until it is served.
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${devOrigin}/pagefind/pagefind.js`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 300_000, intervals: [1000] },
    )
    .toBe(200)
    .catch((error: unknown) => {
      throw new Error(`The dev server's search index never arrived (${String(error)}). Its output:\n${log}`);
    });
});

test.afterAll(() => {
  dev?.kill('SIGTERM');
});

test('the dev server answers searches from its own index', async ({ page }) => {
  await page.goto(`${devOrigin}/search/?q=numbing`);
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('main').getByRole('status')).toContainText(/results? for “numbing”/);
});
