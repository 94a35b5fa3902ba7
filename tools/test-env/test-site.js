// A web-test-runner plugin: the site built for a public address and served there, as a static host would, for the
// tests of its pages, embed pages and oEmbed answers, and for WordPress to embed (tools/test-env/wordpress-embed.js).
// Its port is 8080: WordPress fetches from a private address only on ports 80, 443, 8080 or its own, and only from
// its own host, so WordPress runs on the same host (tools/test-env/wordpress.js). The host is 127.0.0.1, or 127.0.0.2 when
// another program holds 127.0.0.1:8080 (tachometer's default port, which `npm run bench` uses). Either differs in
// origin from the test pages' (localhost), so a page framing an embed page frames another site.
// Built, into test-site/, from the bundle that `npm test` has just built, and started with the test server, before
// any browser runs a test (a build beside tests that measure long tasks would slow them); stopped with it. Where it
// cannot start, the tests that need it fail, saying why. Its commands:
// - `test-site` starts it, and returns its address;
// - `test-site-fetch` { path } fetches a path of it in Node, as a crawler would (the pages send no CORS headers), and
//   returns { status, headers, body } with the body in base64;
// - `test-site-apache` { paths } serves the same files with Apache, which reads the site's .htaccess files, and
//   returns { [path]: { status, headers } };
// - `htaccess-under` { under, paths } serves, with Apache, a site of three pages whose root .htaccess is written for
//   the sub-path `under` (`belarus+2020/`, a Cyrillic one), and returns { [path]: { status, headers } };
// - `site-build` { siteUrl, read, release? } runs `npm run build:site` with SITE_URL (set or not) into a folder of its own, and
//   returns { status, output, files }: what the build said, and the built files named in `read`; with `release`
//   { version, recorded, changed, earlier?, alteredEarlier? }, of that version, released or a preview, of the drop-in files changed or
//   not, beside an earlier release or not.
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { siteHtaccess } from '../build/hosting.js';
import { writeRelease } from '../build/releases.js';
import { runnerImport } from 'vite';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apacheAnswers } from './apache.js';
import { recordingHost } from './recording-host.js';
import { longCommands } from './long-command.js';

const PORT = 8080;
const HOSTS = ['127.0.0.1', '127.0.0.2'];
const folder = fileURLToPath(new URL('../../test-site/', import.meta.url));
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `command` in the project, with SITE_URL as given (unset for undefined) and `more` of the environment; resolves
 * with its exit status and output.
 */
function run(command, args, siteUrl, more = {}) {
  const env = { ...process.env, SITE_URL: siteUrl, ...more };
  if (siteUrl === undefined) delete env.SITE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (status) => resolve({ status, output }));
  });
}

/** The site's build alone, for `address`, into `outDir`: the bundle is built already. */
const viteBuild = (outDir, siteUrl, logLevel = 'error', env = {}) =>
  run(
    process.execPath,
    [vite, 'build', '--mode', 'site', '--outDir', outDir, '--emptyOutDir', '--logLevel', logLevel],
    siteUrl,
    env,
  );

async function buildSite(address) {
  const { status, output } = await viteBuild(folder, address);
  if (status !== 0) throw new Error(`The site build for the tests failed:\n${output}`);
}

/**
 * What `SITE_URL=… npm run build:site` says. A SITE_URL its first step refuses stops it before anything is built,
 * so it is run as a reader runs it. Any other goes on to the site's build alone, into test-site-build/: the bundle
 * that `npm run build:site` would build first is the one `npm test` has just built, which the tests are using.
 */
async function siteBuild(siteUrl, read = [], release = undefined) {
  const check = await run(process.execPath, ['tools/build/site-address.js'], siteUrl);
  if (check.status !== 0) return { ...(await run('npm', ['run', 'build:site'], siteUrl)), files: {} };
  const env = release ? await releaseEnvironment(release) : {};
  try {
    // As `npm run build:site` checks the release before the site's build.
    const released = await run(process.execPath, ['tools/build/check-release.js'], siteUrl, env);
    if (released.status !== 0) return { ...released, files: {} };
    const built = fileURLToPath(new URL('../../test-site-build/', import.meta.url));
    const result = await viteBuild(built, siteUrl, 'warn', env);
    const readable = result.status === 0 ? read : [];
    const files = Object.fromEntries(readable.map((path) => [path, readFileSync(join(built, path), 'utf8')]));
    return { ...result, output: released.output + result.output, files };
  } finally {
    for (const name of ['SITE_WIDGET_FILES', 'RELEASES_FOLDER']) if (env[name]) rmSync(env[name], { recursive: true });
  }
}

/**
 * The environment of a site build at the preview or released version `version` (`recorded`: released, with a record
 * of today's drop-in files in a releases folder of the test's own), of those files with one byte of the bundle
 * changed or not (`changed`), as a change to its source changes them; with `earlier`, a version released before,
 * whose bundle ends in a line of its own, and whose kept hydrate.js was altered since (`alteredEarlier`) or not.
 */
async function releaseEnvironment({ version, recorded, changed, earlier, alteredEarlier }) {
  const { module } = await runnerImport(fileURLToPath(new URL('../build/widget-files.ts', import.meta.url)));
  const files = mkdtempSync(join(tmpdir(), 'pa-widget-files-'));
  cpSync(fileURLToPath(new URL('../../cdn/', import.meta.url)), files, { recursive: true });
  const releases = mkdtempSync(join(tmpdir(), 'pa-widget-releases-'));
  const today = module.publishedFiles(files);
  if (recorded) writeRelease(version, '2026-01-02', today, releases);
  if (earlier) {
    const bundle = Buffer.concat([today.get('pa-statement-widget.js'), Buffer.from(`\n// ${earlier}\n`)]);
    writeRelease(earlier, '2026-01-01', new Map([...today, ['pa-statement-widget.js', bundle]]), releases);
    if (alteredEarlier) appendFileSync(join(releases, earlier, 'hydrate.js'), ' ');
  }
  if (changed) appendFileSync(join(files, 'pa-statement-widget.js'), ' ');
  return { SITE_WIDGET_FILES: files, SITE_WIDGET_VERSION: version, RELEASES_FOLDER: releases };
}

async function fetchFromSite(path) {
  const response = await fetch(new URL(path, await startTestSite()), { redirect: 'manual' });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()).toString('base64'),
  };
}

let server;
let started;

/** Listens on port 8080 of the first of HOSTS where it is free; resolves with the site's address there. */
async function listen() {
  for (const host of HOSTS) {
    server = createServer(recordingHost(folder, `http://${host}:${PORT}/`));
    const listening = await new Promise((resolve, reject) => {
      server.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
      server.listen(PORT, host, () => resolve(true));
    });
    if (listening) return `http://${host}:${PORT}/`;
  }
  throw new Error(`Port ${PORT} is taken on ${HOSTS.join(' and ')}: the test site, which WordPress embeds, needs it.`);
}

/** Serves the test site and builds it for its address, once per test run; resolves with the address. */
export function startTestSite() {
  started ??= listen().then(async (address) => {
    await buildSite(address);
    return address;
  });
  return started;
}

/** `npm run build:site` for a payload's address: it may take longer than a command may (tools/test-env/long-command.js). */
const siteBuilds = longCommands(({ siteUrl, read, release }) => siteBuild(siteUrl, read, release));

/** Apache's answers for `paths` of a site of three pages under the sub-path `under`, with its root .htaccess. */
async function htaccessUnder({ under, paths }) {
  const folder = mkdtempSync(join(tmpdir(), 'pa-htaccess-'));
  chmodSync(folder, 0o755);
  try {
    const site = join(folder, under);
    mkdirSync(join(site, 'statement'), { recursive: true });
    for (const page of ['index.html', '404.html', 'statement/index.html'])
      writeFileSync(join(site, page), '<!doctype html>');
    writeFileSync(join(site, '.htaccess'), siteHtaccess(new URL(under, 'https://widget.example/').href));
    return await apacheAnswers(folder, paths);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function testSite() {
  return {
    name: 'test-site',
    async serverStart() {
      await startTestSite().catch(() => {});
    },
    async serverStop() {
      if (!server?.listening) return;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    executeCommand({ command, payload }) {
      if (command === 'test-site') return startTestSite();
      if (command === 'test-site-fetch') return fetchFromSite(payload.path);
      if (command === 'test-site-apache') return startTestSite().then(() => apacheAnswers(folder, payload.paths));
      if (command === 'htaccess-under') return htaccessUnder(payload);
      if (command === 'site-build') return siteBuilds(payload);
      return undefined;
    },
  };
}
