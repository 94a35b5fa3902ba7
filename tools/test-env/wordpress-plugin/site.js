// The WordPress site of the plugin's test: Debian's WordPress 6.1 with Twenty Twenty-Three, installed afresh by
// tools/test-env/wordpress.js into a database of its own, with WP_DEBUG on and its log in a file, and a wp-content folder of
// its own (its plugins, uploads and upgrade folders; Debian's theme and the translations of wordpress-l10n linked
// in), so that what the plugin leaves behind can be seen, and another test's WordPress is not touched. A user of
// each role: Administrator, Editor, Author, Contributor.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWordPress } from '../wordpress.js';

const NAME = 'pa-statement-widget-plugin-test';
const DATABASE = NAME.replace(/-/g, '_');
const here = (file) => fileURLToPath(new URL(`./${file}`, import.meta.url));
const DEBIAN_CONTENT = '/usr/share/wordpress/wp-content';

/** The site's own folder: its wp-content, and WordPress's debug log. */
export const siteFolder = join(tmpdir(), NAME);
const content = join(siteFolder, 'wp-content');
const debugLog = join(siteFolder, 'debug.log');

/** A fresh wp-content: empty plugins, the theme and the translations linked, the must-use plugin of the test. */
function freshContent() {
  if (!existsSync(join(DEBIAN_CONTENT, 'languages', 'de_DE.mo'))) {
    throw new Error(
      "The WordPress plugin test needs Debian's wordpress-l10n (German): run `bash tools/setup.sh` as root",
    );
  }
  rmSync(siteFolder, { recursive: true, force: true });
  for (const folder of ['plugins', 'themes', 'mu-plugins']) mkdirSync(join(content, folder), { recursive: true });
  symlinkSync(join(DEBIAN_CONTENT, 'themes', 'twentytwentythree'), join(content, 'themes', 'twentytwentythree'));
  symlinkSync(join(DEBIAN_CONTENT, 'languages'), join(content, 'languages'));
  copyFileSync(here('offline-wordpress-org.php'), join(content, 'mu-plugins', 'offline-wordpress-org.php'));
}

/** Starts the site on `host`; resolves with its origin, users, and what the test reads of it. */
export async function startPluginSite(host) {
  freshContent();
  return startWordPress(host, {
    name: NAME,
    settings: { WP_CONTENT_DIR: content, WP_DEBUG: true, WP_DEBUG_LOG: debugLog, WP_DEBUG_DISPLAY: true },
  });
}

/** Stops the site's server (if it started) and removes its folder. */
export function removePluginSite(site) {
  site?.stop();
  rmSync(siteFolder, { recursive: true, force: true });
}

/** The rows of a query on the site's database, each a list of columns. */
export const query = (sql) =>
  execFileSync('mysql', ['--batch', '--skip-column-names', '-e', sql, DATABASE], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((row) => row.split('\t'));

/**
 * What PHP code prints, run after WordPress has loaded for the site (with `$input`, read as JSON from STDIN). PHP's
 * messages go to the debug log, and to STDERR rather than into what it prints.
 */
export function phpInWordPress(site, code, input = null) {
  const bootstrap = [
    "$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');",
    "$_SERVER['HTTP_HOST'] = getenv('WORDPRESS_HOST');",
    "$_SERVER['REQUEST_URI'] = '/';",
    'ob_start();',
    "require '/usr/share/wordpress/wp-load.php';",
    'ob_end_clean();',
    "ini_set('display_errors', 'stderr');",
    '$input = json_decode(stream_get_contents(STDIN), true);',
  ].join(' ');
  const run = spawnSync('php', ['-r', `${bootstrap} ${code}`], {
    env: { ...process.env, ...site.env },
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`PHP in the test's WordPress failed: ${run.stderr || run.stdout}`);
  return run.stdout;
}

/** Every file and folder under wp-content, as paths inside it; the linked theme and translations as links. */
export function contentListing(folder = content, prefix = '') {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      const inside = `${prefix}${name}`;
      const stat = lstatSync(path);
      return stat.isDirectory() ? [`${inside}/`, ...contentListing(path, `${inside}/`)] : [inside];
    });
}

/** WordPress's debug log from `offset` (its length then) on, line by line. */
export function debugLogFrom(offset) {
  const text = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
  return {
    lines: text.slice(offset).split('\n').filter(Boolean),
    end: text.length,
  };
}
