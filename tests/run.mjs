// `npm test`: unit and component tests (Vitest), then a production build with its search
// index, then the browser tests (Playwright in Chromium) against that build, then the same
// widgets on a real WordPress (`npm run test:wordpress`). Ends with one summary line,
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium, NO_CHROMIUM_MESSAGE } from './support/find-chromium.mjs';

// Not test-results/: Playwright empties that folder when it starts.
const reports = path.resolve('.test-reports');
mkdirSync(reports, { recursive: true });
// Each tool runs on this Node (the project's pinned Node 24), whatever `node` is on the PATH.
const TOOLS = {
  vitest: 'node_modules/vitest/vitest.mjs',
  astro: 'node_modules/astro/bin/astro.mjs',
  playwright: 'node_modules/@playwright/test/cli.js',
  wordpress: 'tests/wordpress/run.mjs',
};

function step(title, tool, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.resolve(TOOLS[tool]), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  console.log(
    `=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`,
  );
  return result.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

if (!findChromium()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const vitestJson = path.join(reports, 'vitest.json');
const playwrightJson = path.join(reports, 'playwright.json');
const unitOk = step('Unit and component tests (Vitest)', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
// A local build for the origin the browser tests serve it from (playwright.config.ts): its absolute
// links point there, and the embed loader, which carries its site's origin, frames that server.
const siteUrl = `http://127.0.0.1:${process.env.SITE_PORT ?? 4322}`;
const buildOk = step('Build the site and its search index', 'astro', ['build', '--site', siteUrl]);
const e2eOk =
  buildOk &&
  step('Browser tests (Playwright, Chromium)', 'playwright', ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });

const wordpressJson = path.join(reports, 'wordpress.json');
// A report left by an earlier run must not stand in for a suite that cannot start now.
rmSync(wordpressJson, { force: true });
const wordpressOk =
  buildOk &&
  step('WordPress tests (Debian WordPress, PHP and MariaDB, Chromium)', 'wordpress', ['--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: wordpressJson,
  });

const v = readJson(vitestJson);
const p = buildOk ? readJson(playwrightJson) : undefined;
const w = buildOk ? readJson(wordpressJson) : undefined;
const passed = (v?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0) + (w?.stats?.expected ?? 0);
let failed =
  (v?.numFailedTests ?? 0) +
  (p?.stats?.unexpected ?? 0) +
  (p?.stats?.flaky ?? 0) +
  (w?.stats?.unexpected ?? 0) +
  (w?.stats?.flaky ?? 0);
if (!unitOk && failed === 0) failed = 1;
if (!buildOk) failed += 1;
if (buildOk && !e2eOk && (p?.stats?.unexpected ?? 0) === 0) failed += 1;
// A suite that could not start (WordPress missing, or its setup failed) counts as one failure.
if (buildOk && !wordpressOk && (w?.stats?.unexpected ?? 0) === 0) failed += 1;
// CI shows only the end of the log, so name the failures again just above the summary.
const failures = [];
for (const file of v?.testResults ?? []) {
  for (const t of file.assertionResults ?? []) {
    if (t.status === 'failed') failures.push(`${path.relative(process.cwd(), file.name)} › ${t.fullName}`);
  }
}
(function walk(suites = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      if (!spec.ok) failures.push(`${spec.file}:${spec.line} › ${spec.title}`);
    }
    walk(suite.suites);
  }
})([...(p?.suites ?? []), ...(w?.suites ?? [])]);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unitOk && buildOk && e2eOk && wordpressOk ? 0 : 1);
