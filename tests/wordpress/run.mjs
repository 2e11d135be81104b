// `npm run test:wordpress`: the real-WordPress suite. It stops with what to install when
// WordPress, PHP or MariaDB is missing, as `npm test` does for Chromium; extra arguments go to
// Playwright (for example a spec file or --reporter).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../support/find-chromium.mjs';
import { findWordPressTools, NO_WORDPRESS_MESSAGE } from './harness.mjs';

const { tools, missing } = findWordPressTools();
if (!tools) {
  console.error(`${NO_WORDPRESS_MESSAGE}\n(missing: ${missing.join(', ')})`);
  process.exit(1);
}
if (!findChromium()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [
    path.resolve('node_modules/@playwright/test/cli.js'),
    'test',
    '--config',
    'tests/wordpress/playwright.config.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
process.exit(result.status ?? 1);
