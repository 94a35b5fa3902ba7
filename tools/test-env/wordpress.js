// A real WordPress for the embed test (tools/test-env/wordpress-embed.js): Debian's wordpress 6.1 with its Twenty
// Twenty-Three theme, on MariaDB, served by PHP's built-in server. Installed afresh into its own database on each
// run, with a user of the Author role. Needs root on Debian with the packages tools/setup.sh installs; anywhere
// else it fails with a sentence saying what is missing.
// What it starts runs detached from the test run's output (a capture of it would otherwise wait for them to end),
// and is stopped by `stopWordPress()`: the PHP server always, MariaDB if this run started it.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { phpLiteral } from '../build/wordpress-plugin/plugin-files.js';
import { freePort } from './free-port.js';
import { portAnswers, waitFor } from './wait-for.js';

/** Debian's WordPress reads /etc/wordpress/config-<name>.php where the server sets WORDPRESS_CONFIG to <name>. */
const CONFIG_NAME = 'pa-statement-widget-test';
const CONFIG_FOLDER = '/etc/wordpress';
const router = fileURLToPath(new URL('./wordpress/router.php', import.meta.url));
const installer = fileURLToPath(new URL('./wordpress/install.php', import.meta.url));

const PACKAGES = 'wordpress, wordpress-theme-twentytwentythree, mariadb-server, php-cli and php-mysql';
const needs = [
  ['/usr/share/wordpress/wp-settings.php', 'wordpress'],
  ['/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json', 'wordpress-theme-twentytwentythree'],
  ['/usr/bin/mysqld_safe', 'mariadb-server'],
  ['/usr/bin/php', 'php-cli'],
];

/** Throws, in one sentence, what this machine lacks to run WordPress. */
function checkPrerequisites() {
  const missing = needs.filter(([file]) => !existsSync(file)).map(([, name]) => name);
  if (existsSync('/usr/bin/php') && !execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli')) {
    missing.push('php-mysql');
  }
  const lacking = [
    ...(process.getuid?.() === 0 ? [] : ['root (to start MariaDB and write /etc/wordpress)']),
    ...(missing.length > 0 ? [`the packages ${missing.join(', ')}`] : []),
  ];
  if (lacking.length > 0) {
    throw new Error(
      `The WordPress embed test needs Debian with ${PACKAGES}, run as root; this machine lacks ${lacking.join(' and ')}: run \`bash tools/setup.sh\` as root, which installs them.`,
    );
  }
}

const mariadbAnswers = () => {
  try {
    execFileSync('mysqladmin', ['--silent', 'ping'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Starts a program in the background, detached from this process and its output; returns its process id. */
function startDetached(command, args, env = process.env) {
  const child = spawn(command, args, { detached: true, stdio: 'ignore', env });
  child.unref();
  return child.pid;
}

let startedMariadb = false;
/** The PHP servers started, by process id: each site's, until stopped. */
const phpServers = new Set();

async function startMariadb() {
  if (mariadbAnswers()) return;
  // Without systemd, as in a container: mysqld_safe, with the folder for its socket that the service would make.
  mkdirSync('/run/mysqld', { recursive: true });
  execFileSync('chown', ['mysql:mysql', '/run/mysqld']);
  startDetached('mysqld_safe', []);
  startedMariadb = true;
  await waitFor('MariaDB', mariadbAnswers);
}

function writeConfig(origin, password, name, extraSettings) {
  const database = databaseOf(name);
  const settings = {
    DB_NAME: database,
    DB_USER: database,
    DB_PASSWORD: password,
    DB_HOST: 'localhost',
    WP_HOME: origin,
    WP_SITEURL: origin,
    WP_DEBUG: false,
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    // The machine has no network beyond its own: requests to wordpress.org would only wait for their timeouts.
    // WordPress's own host, where the test site is, stays reachable.
    WP_HTTP_BLOCK_EXTERNAL: true,
    ...Object.fromEntries(
      ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [
        [`${name}_KEY`, randomBytes(32).toString('hex')],
        [`${name}_SALT`, randomBytes(32).toString('hex')],
      ]),
    ),
    ...extraSettings,
  };
  const lines = Object.entries(settings).map(([name, value]) => `define('${name}', ${phpLiteral(value)});`);
  writeFileSync(
    `${CONFIG_FOLDER}/config-${name}.php`,
    `<?php\n// Written by tools/test-env/wordpress.js for a test.\n${lines.join('\n')}\n`,
  );
}

/** A site's database, and its database user: its config's name, `_` for `-`. */
const databaseOf = (name) => name.replace(/-/g, '_');

/** Stops a PHP server: its process group, the server and its workers. */
function stopPhpServer(pid) {
  try {
    process.kill(-pid);
  } catch {
    // Already ended.
  }
  phpServers.delete(pid);
}

/**
 * Installs WordPress afresh on `host` (the test site's host: WordPress fetches from a private address only on its
 * own host) and serves it there on a free port. Resolves with its origin, its users' logins by role (`users.author`)
 * and `stop()`, which stops its server.
 * Another test's site gives its own `name` (its config file and database) and `settings` (more constants for its
 * config).
 */
export async function startWordPress(host, { name = CONFIG_NAME, settings = {} } = {}) {
  checkPrerequisites();
  await startMariadb();
  const database = databaseOf(name);
  const password = randomBytes(12).toString('hex');
  execFileSync('mysql', [
    '-e',
    `DROP DATABASE IF EXISTS ${database}; CREATE DATABASE ${database};` +
      ` CREATE OR REPLACE USER '${database}'@'localhost' IDENTIFIED BY '${password}';` +
      ` GRANT ALL ON ${database}.* TO '${database}'@'localhost';`,
  ]);
  const port = await freePort(host);
  const origin = `http://${host}:${port}`;
  writeConfig(origin, password, name, settings);
  const env = { ...process.env, WORDPRESS_CONFIG: name, WORDPRESS_HOST: `${host}:${port}` };
  const { users } = JSON.parse(execFileSync('php', [installer], { env, encoding: 'utf8' }));
  // Workers: WordPress fetches oEmbed answers while it renders a page, and the browser asks for its files meanwhile.
  const server = startDetached(
    'php',
    ['-d', 'display_errors=0', '-S', `${host}:${port}`, '-t', '/usr/share/wordpress', router],
    { ...env, PHP_CLI_SERVER_WORKERS: '4' },
  );
  phpServers.add(server);
  await waitFor("WordPress's PHP server", () => portAnswers(port, host));
  return {
    origin,
    users,
    env: { WORDPRESS_CONFIG: name, WORDPRESS_HOST: `${host}:${port}` },
    stop: () => stopPhpServer(server),
  };
}

/** Stops what `startWordPress()` started: every site's server, and MariaDB if this run started it. */
export function stopWordPress() {
  for (const server of phpServers) stopPhpServer(server);
  if (startedMariadb) {
    execFileSync('mysqladmin', ['shutdown'], { stdio: 'ignore' });
    // Until it has gone: a run that follows would otherwise find it answering, and lose it in its first query.
    for (const deadline = Date.now() + 30000; mariadbAnswers() && Date.now() < deadline;) sleepSync(200);
    startedMariadb = false;
  }
}

/** Blocks for `ms`: in the server's shutdown, which may not wait for promises. */
const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
