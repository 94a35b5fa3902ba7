// Runs the tests in Debian's browsers; tools/test-env/test.js checks they exist and starts WebKit's driver.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, selectedBrowsers, webkitDriverPort } from './tools/browsers.js';
import { summaryReporter } from './tools/test-env/summary-reporter.js';
import { headersFor, hostedVersionDefines } from './tools/build/hosting.js';
import { siteAddress } from './tools/build/site-address.js';
import { partnerSite } from './tools/test-env/partner-site.js';
import { servedPages, serverSide } from './tools/test-env/server-side.js';
import { bundleBesideSlowOrWrongFiles } from './tools/test-env/slow-files.js';
import { eleventySite } from './tools/test-env/eleventy-site.js';
import { testSite } from './tools/test-env/test-site.js';
import { wordpressEmbed } from './tools/test-env/wordpress-embed.js';
import { wordpressPluginSite } from './tools/test-env/wordpress-plugin-site.js';

/** The headers of the site under test, for the address it was built for (SITE_URL, or the local preview's). */
const builtSiteHeaders = headersFor(siteAddress().href);

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: browserPaths.chromium,
        headless: true,
        args: chromiumArgs,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: browserPaths.firefox, headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkitDriverPort,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPaths.webkit, args: ['--automation'] },
      },
    }),
};

// The strictest policy a partner page might send: the strict-CSP test page is served with it.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The test page, with `head` before the test framework loads. */
const testPage = (head) => (testFramework) =>
  `<!DOCTYPE html><html><head>${head}</head><body><script type="module" src="${testFramework}"></script></body></html>`;

// Lit's development build runs the sources' tests for its warnings; its banner saying so, once per file, is noise.
const quietDevMode = `<script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>`;

// The element suites again, their elements now from the minified drop-in bundle partners load: each import of a
// file that defines elements resolves to the bundle instead.
const definingFiles = [
  'all',
  'statement/pa-statement.define',
  'statement-point/pa-statement-point.define',
  'statement-quote/pa-statement-quote.define',
];
const fromBundle = `<script type="importmap">${JSON.stringify({
  imports: Object.fromEntries(
    definingFiles.flatMap((file) =>
      ['js', 'ts'].map((ending) => [`/src/${file}.${ending}`, '/cdn/pa-statement-widget.js']),
    ),
  ),
})}</script>`;

const withoutHydrationModule = `<script type="importmap">${JSON.stringify({
  imports: { '/src/hydration/hydrate.ts': '/test/fixtures/missing/hydrate.js' },
})}</script>`;

// The test files by who runs them, one folder per group of the runner:
// - test/browser/ and test/elements/: the default group, in every engine selected;
// - test/elements/ again, the element suites with their elements from the minified drop-in bundle (group `bundle`);
// - test/node-side/: tests whose work is done in Node by a server command, once per run, and only asserted in the
//   browser: the site's build for an address (tools/test-env/test-site.js), WordPress embedding the test site's pages,
//   driven in Chromium (tools/test-env/wordpress-embed.js), the WordPress plugin installed from its zip and used by
//   each role (tools/test-env/wordpress-plugin-site.js), an Eleventy site server-rendering the packed package
//   (tools/test-env/eleventy-site.js), and the long tasks at 4× CPU slowdown, which only Chromium's DevTools protocol
//   applies; in Chromium alone;
// - test/without-hydration-module/: the hydration layer from source where hydrate.js does not load: an import map
//   sends it to an address that answers 404 (the test server serves the source's ./hydrate.js import as hydrate.ts).
const GROUPS = {
  'node-side': 'test/node-side/*.test.ts',
  bundle: 'test/elements/*.test.ts',
  'without-hydration-module': 'test/without-hydration-module/*.test.ts',
};

export default {
  files: ['test/browser/*.test.ts', 'test/elements/*.test.ts'],
  testRunnerHtml: testPage(quietDevMode),
  groups: selectedBrowsers().includes('chromium')
    ? [
        { name: 'node-side', files: GROUPS['node-side'], browsers: [launchers.chromium()] },
        {
          name: 'bundle',
          files: GROUPS.bundle,
          browsers: [launchers.chromium()],
          testRunnerHtml: testPage(quietDevMode + fromBundle),
        },
        {
          name: 'without-hydration-module',
          files: GROUPS['without-hydration-module'],
          browsers: [launchers.chromium()],
          testRunnerHtml: testPage(quietDevMode + withoutHydrationModule),
        },
      ]
    : [],
  nodeResolve: true,
  middleware: [
    // The drop-in bundle served alone, as a partner who copied only the one file would: its locales/ is missing.
    function bundleAlone(context, next) {
      if (context.path === '/test/fixtures/bundle-alone/pa-statement-widget.js')
        context.url = '/cdn/pa-statement-widget.js';
      return next();
    },
    bundleBesideSlowOrWrongFiles,
    // The bundle and the built site (npm run build:site; here under the sub-path /site/) served as a static host
    // serves them: the files as they are, which the esbuild plugin would re-transpile, and with the headers the
    // site's host sends. (The test runner's own Cache-Control still replaces theirs.) The site a test has just built
    // of another version (test/node-side/site-build.test.ts) is served too, without headers.
    function asStaticHost(context, next) {
      const [, folder, path] = /^\/(cdn|site|test-site-build)(\/.*)$/.exec(context.path) ?? [];
      if (!folder) return next();
      const file = resolve(folder, `.${path}`);
      if (!file.startsWith(resolve(folder)) || !existsSync(file) || !statSync(file).isFile()) return next();
      context.type = extname(file);
      context.body = readFileSync(file);
      if (folder === 'site') context.set(Object.fromEntries(builtSiteHeaders(path)));
    },
    servedPages,
    async function strictCsp(context, next) {
      await next();
      if (context.path.startsWith('/test/fixtures/strict-csp')) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [
    // With what the site build tells the builder's page of the hosted bundle (demo/builder/hosted-versions.ts), from cdn/.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', define: hostedVersionDefines() }),
    partnerSite(),
    serverSide(),
    testSite(),
    wordpressEmbed(),
    wordpressPluginSite(),
    eleventySite(),
  ],
  browsers: selectedBrowsers().map((name) => launchers[name]()),
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // The WordPress test installs WordPress and builds a site before its one test runs.
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, statements: 90, branches: 80, functions: 85 },
    reportDir: 'coverage',
  },
};
