// A web-test-runner plugin: the site built for a public address and served there, as a static host would, for the
// tests of its pages, embed pages and oEmbed answers, and for WordPress to embed (scripts/wordpress-embed.js).
// Its port is 8080: WordPress fetches from a private address only on ports 80, 443, 8080 or its own, and only from
// its own host, so WordPress runs on the same host (scripts/wordpress.js). The host is 127.0.0.1, or 127.0.0.2 when
// another program holds 127.0.0.1:8080 (tachometer's default port, which `npm run bench` uses). Either differs in
// origin from the test pages' (localhost), so a page framing an embed page frames another site.
// Started and built on the first `test-site` command (which returns the address), into test-site/, from the bundle
// that `npm test` has just built; stopped with the test server.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { staticHost } from './static-host.js';

const PORT = 8080;
const HOSTS = ['127.0.0.1', '127.0.0.2'];
const folder = fileURLToPath(new URL('../test-site/', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

function buildSite(address) {
  return new Promise((resolve, reject) => {
    const build = spawn(
      process.execPath,
      [vite, 'build', '--mode', 'site', '--outDir', folder, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { ...process.env, SITE_URL: address } },
    );
    let output = '';
    build.stdout.on('data', (chunk) => (output += chunk));
    build.stderr.on('data', (chunk) => (output += chunk));
    build.on('error', reject);
    build.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The site build for the tests failed:\n${output}`)),
    );
  });
}

let server;
let started;

/** Listens on port 8080 of the first of HOSTS where it is free; resolves with the site's address there. */
async function listen() {
  for (const host of HOSTS) {
    server = createServer(staticHost(folder));
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

export function testSite() {
  return {
    name: 'test-site',
    async serverStop() {
      if (!server?.listening) return;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    executeCommand({ command }) {
      return command === 'test-site' ? startTestSite() : undefined;
    },
  };
}
