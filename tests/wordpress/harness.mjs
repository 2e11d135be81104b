// Starts a real WordPress for the browser tests, from Debian's packages, on loopback only: a
// throwaway MariaDB (its own data folder and socket, no network port), and PHP's built-in
// server over a folder that borrows WordPress's code from /usr/share/wordpress with its own
// wp-config.php and wp-content. Nothing outside the temporary folder is written.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

// Debian's package; SKINPEN_WORDPRESS_DIR points elsewhere (another system's copy of WordPress).
const WORDPRESS = process.env.SKINPEN_WORDPRESS_DIR ?? '/usr/share/wordpress';
const here = path.dirname(new URL(import.meta.url).pathname);

/** The programs the harness needs, with where Debian puts them. */
const TOOLS = {
  php: ['/usr/bin/php'],
  mariadbd: ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'],
  installDb: ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'],
};

/** What to tell a person when WordPress, PHP or MariaDB is missing. */
export const NO_WORDPRESS_MESSAGE = [
  'The WordPress tests need Debian’s WordPress, PHP (with MySQL support) and MariaDB packages.',
  'Install them, then run `npm run test:wordpress` (or `npm test`) again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y wordpress php-cli php-mysql mariadb-server',
  'Nothing is configured system-wide: the tests start their own database and server in a temporary folder.',
].join('\n');

/** The paths of the tools, or undefined (and which are missing) when any is absent. */
export function findWordPressTools() {
  const found = Object.fromEntries(Object.entries(TOOLS).map(([k, paths]) => [k, paths.find((p) => existsSync(p))]));
  const missing = Object.entries(found)
    .filter(([, p]) => !p)
    .map(([k]) => k);
  if (!existsSync(path.join(WORDPRESS, 'wp-settings.php'))) missing.push('wordpress');
  if (found.php && !/\bmysqli\b/.test(spawnSync(found.php, ['-m'], { encoding: 'utf8' }).stdout ?? ''))
    missing.push('php-mysql');
  return missing.length === 0 ? { tools: found, missing } : { tools: undefined, missing };
}

async function waitFor(check, what, timeoutMs = 20_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function responds(url) {
  try {
    await fetch(url, { redirect: 'manual' });
    return true;
  } catch {
    return false;
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0)
    throw new Error(`${path.basename(command)} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A WordPress folder: its own wp-config.php and wp-content, everything else from the package. */
function makeSite(dir, { home, socket, prefix, guidePort, plugin }) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(WORDPRESS)) {
    if (name === 'wp-config.php' || name === 'wp-content' || name.startsWith('.')) continue;
    // Copies of the entry scripts make ABSPATH this folder; the code itself is borrowed.
    if (name.endsWith('.php')) copyFileSync(path.join(WORDPRESS, name), path.join(dir, name));
    else symlinkSync(path.join(WORDPRESS, name), path.join(dir, name));
  }
  const content = path.join(dir, 'wp-content');
  mkdirSync(path.join(content, 'plugins'), { recursive: true });
  mkdirSync(path.join(content, 'mu-plugins'), { recursive: true });
  mkdirSync(path.join(content, 'uploads'), { recursive: true });
  symlinkSync(path.join(WORDPRESS, 'wp-content/themes'), path.join(content, 'themes'));
  copyFileSync(path.join(here, 'mu-plugin.php'), path.join(content, 'mu-plugins/skinpen-test-loopback.php'));
  if (plugin)
    symlinkSync(
      path.resolve(here, '../../wordpress-plugin/skinpen-guide-embeds'),
      path.join(content, 'plugins/skinpen-guide-embeds'),
    );
  const salt = () => randomBytes(24).toString('hex');
  const config = `<?php
// Written by tests/wordpress/harness.mjs for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = '${prefix}';
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', '${salt()}' );`).join('\n')}
define( 'WP_HOME', '${home}' );
define( 'WP_SITEURL', '${home}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${home}/wp-content' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${path.join(dir, 'debug.log')}' );
define( 'SKINPEN_TEST_GUIDE_PORT', ${guidePort} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
  writeFileSync(path.join(dir, 'wp-config.php'), config);
}

/**
 * Starts MariaDB and one WordPress per entry of `sites` (each `{ name, port, plugin, posts }`,
 * where `plugin` is the guide origin to configure the plugin with, or '' for none, and `posts`
 * maps page titles to block markup). Resolves with each site's home and page URLs and `stop()`.
 */
export async function startWordPress({ sites, guidePort }) {
  const found = findWordPressTools();
  if (!found.tools) throw new Error(`${NO_WORDPRESS_MESSAGE}\n(missing: ${found.missing.join(', ')})`);
  const { php, mariadbd, installDb } = found.tools;
  const tmp = mkdtempSync(path.join(tmpdir(), 'skinpen-wp-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      const exited = new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      // Each child leads its own process group: PHP's server workers go with it.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const datadir = path.join(tmp, 'db');
    const socket = path.join(tmp, 'mysqld.sock');
    const user = userInfo().username;
    run(installDb, [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--user=${user}`,
      '--skip-test-db',
      '--auth-root-authentication-method=normal',
    ]);
    const db = spawn(
      mariadbd,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--pid-file=${path.join(tmp, 'mysqld.pid')}`,
        `--log-error=${path.join(tmp, 'mysqld.err')}`,
        `--user=${user}`,
        '--skip-networking',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=16M',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    await waitFor(() => existsSync(socket), 'MariaDB to open its socket');
    run(php, [
      '-r',
      `$db = new mysqli('localhost', 'root', '', '', 0, '${socket}'); $db->query('CREATE DATABASE wordpress');`,
    ]);

    const result = {};
    for (const site of sites) {
      const dir = path.join(tmp, site.name);
      const home = `http://127.0.0.1:${site.port}`;
      makeSite(dir, { home, socket, prefix: `${site.name.replace(/\W/g, '_')}_`, guidePort, plugin: site.plugin });
      const postsFile = path.join(tmp, `${site.name}-posts.json`);
      writeFileSync(postsFile, JSON.stringify(site.posts));
      let urls;
      try {
        urls = JSON.parse(
          run(php, [path.join(here, 'install.php'), dir, postsFile, site.plugin], {
            env: { ...process.env, SKINPEN_WP_HOME: home },
          }),
        );
      } catch (error) {
        const log = path.join(dir, 'debug.log');
        throw new Error(`${String(error)}\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
      }
      if (await responds(`${home}/`)) throw new Error(`Port ${site.port} is in use; stop what runs there first.`);
      const server = spawn(php, ['-S', `127.0.0.1:${site.port}`, '-t', dir], {
        stdio: 'ignore',
        detached: true,
        // Several workers, so a page and its scripts and styles load at once.
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      });
      children.push(server);
      await waitFor(() => responds(`${home}/wp-includes/css/dashicons.min.css`), `WordPress on port ${site.port}`);
      result[site.name] = { home, pages: urls, debugLog: path.join(dir, 'debug.log') };
    }
    return { sites: result, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
