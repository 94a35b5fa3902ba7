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
// - `site-build` { siteUrl, read } runs `npm run build:site` with SITE_URL (set or not) into a folder of its own, and
//   returns { status, output, files }: what the build said, and the built files named in `read`.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { siteHtaccess } from '../build/hosting.js';
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

/** Runs `command` in the project, with SITE_URL as given (unset for undefined); resolves with its exit status and output. */
function run(command, args, siteUrl) {
  const env = { ...process.env, SITE_URL: siteUrl };
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
const viteBuild = (outDir, siteUrl, logLevel = 'error') =>
  run(
    process.execPath,
    [vite, 'build', '--mode', 'site', '--outDir', outDir, '--emptyOutDir', '--logLevel', logLevel],
    siteUrl,
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
async function siteBuild(siteUrl, read = []) {
  const check = await run(process.execPath, ['tools/build/site-address.js'], siteUrl);
  if (check.status !== 0) return { ...(await run('npm', ['run', 'build:site'], siteUrl)), files: {} };
  const built = fileURLToPath(new URL('../../test-site-build/', import.meta.url));
  const result = await viteBuild(built, siteUrl, 'warn');
  return { ...result, files: Object.fromEntries(read.map((path) => [path, readFileSync(join(built, path), 'utf8')])) };
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
const siteBuilds = longCommands(({ siteUrl, read }) => siteBuild(siteUrl, read));

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
