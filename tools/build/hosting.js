// How the built site is hosted: the folders the drop-in bundle is published in (this version's and every released
// version's, which never change once released, and its major version's, which follows the latest release), and the HTTP headers the host sends for each part of
// the site. The one definition of those headers: the site build writes them as `_headers` (Netlify, Cloudflare
// Pages) and `.htaccess` (Apache), and the dev, preview and test servers send them.
import { readFileSync } from 'node:fs';
import { BUILDER_POLICY, LIT_POLICY } from '../../demo/builder/trusted-types.js';
import { latestRelease, majorOf, releasedVersions, releaseRecord } from './releases.js';

/**
 * The version the site publishes: the package's, or SITE_WIDGET_VERSION's (the site of a version still to be
 * released, as a preview; the tests build one).
 */
export const siteVersion =
  process.env.SITE_WIDGET_VERSION ||
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** This version's release record (tools/build/releases.js): none while it is a preview, whose files may change. */
const release = releaseRecord(siteVersion);

/** Whether the version the site publishes is released. */
export const released = Boolean(release);

/** The folder of this version's bundle, its locales/ and fallback stylesheet, e.g. `v0.1.0`: it never changes once released. */
export const widgetFolder = `v${siteVersion}`;

/**
 * The folder of the files for the whole major version, e.g. `v0` (for every 0.x) or `v1`: those of its latest
 * release, replaced by each release, so that a page that loads the bundle from there receives its fixes.
 */
const aliasFolder = `v${majorOf(siteVersion)}`;

/**
 * Each folder of the widget's files the site publishes, with the version whose files it holds: this version's; every
 * released version's, kept in releases/ (an address once published stays, with its bytes); and each major
 * version's, which holds its latest release (this version's while none is released).
 */
const releasedOnes = releasedVersions();
export const folderVersions = new Map([
  [widgetFolder, siteVersion],
  ...releasedOnes.map((released) => [`v${released}`, released]),
  ...[...new Set([siteVersion, ...releasedOnes].map(majorOf))].map((major) => [
    `v${major}`,
    latestRelease(major, releasedOnes) ?? siteVersion,
  ]),
]);

// Partners' pages are on other origins, and a module script and its import() of locales/ are CORS requests. The
// files are public and sent without credentials, so any origin may read them.
const anyOrigin = { 'Access-Control-Allow-Origin': '*' };

/**
 * Headers for every file in a released version's folder: it never changes, so browsers and CDNs may keep it for a
 * year without asking again.
 */
const releasedHeaders = { ...anyOrigin, 'Cache-Control': 'public, max-age=31536000, immutable' };

/** Headers for every file in this version's folder: a preview's may change with the next build, so are asked for again. */
const widgetHeaders = release ? releasedHeaders : { ...anyOrigin, 'Cache-Control': 'no-cache' };

/**
 * Headers for every file in the major version's folder: kept an hour, then used for up to a day more while the
 * browser or CDN asks again in the background, so that a fix reaches readers within about a day.
 */
const aliasHeaders = {
  ...anyOrigin,
  'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
};

/**
 * The site's folders of the widget's files (see `folderVersions`), each with the headers of its files.
 *
 * @type {[string, typeof widgetHeaders][]}
 */
export const widgetFolders = [...folderVersions.keys()].map((folder) => [
  folder,
  folder === widgetFolder
    ? widgetHeaders
    : folder === `v${folderVersions.get(folder)}`
      ? releasedHeaders
      : aliasHeaders,
]);

/** The modules a page of a released version's bundle may load, each with its integrity: hydrate.js and locales/. */
const moduleIntegrity = () =>
  Object.fromEntries(
    Object.entries(release?.files ?? {}).filter(([path]) => path.endsWith('.js') && path !== 'pa-statement-widget.js'),
  );

/**
 * What the builder's page is told of the hosted bundle (demo/builder/hosted-versions.ts), as Vite's `define` takes it:
 * the two folders, and for a released version the integrity of the bundle and of the modules it loads, as its
 * release recorded them; for a preview, none.
 */
export const hostedVersionDefines = () => ({
  __WIDGET_FOLDER__: JSON.stringify(widgetFolder),
  __WIDGET_ALIAS_FOLDER__: JSON.stringify(aliasFolder),
  __WIDGET_INTEGRITY__: JSON.stringify(release?.files['pa-statement-widget.js'] ?? ''),
  __WIDGET_MODULE_INTEGRITY__: JSON.stringify(moduleIntegrity()),
});

/**
 * The policy of the site's pages, its embed pages included, at the address `site`: they load nothing but the site's
 * files, and no inline script or style (the widget's shadow roots link its stylesheets). The site's origin is named
 * beside 'self': WebKit matches 'self' in a sandboxed frame (WordPress's `sandbox="allow-scripts"`) against the
 * frame's opaque origin, that is against nothing, and would load nothing into an embed page. No `frame-ancestors`:
 * the embed pages are made to be framed by anyone, and so are the statement's pages, which a link followed inside a
 * partner's frame opens there. Trusted Types: the pages' scripts give the DOM's injection sinks (`innerHTML`,
 * `new Worker()`, …) only what a policy made, and may create only Lit's policy (once per copy of lit-html: the
 * builder's page holds its own beside the bundle's) and the builder's, for its prerenderer's worker
 * (docs/security.md, "Trusted Types").
 */
function sitePolicy(site) {
  const own = `'self' ${new URL(site).origin}`;
  return [
    `default-src ${own}`,
    `script-src ${own}`,
    `style-src ${own}`,
    `img-src ${own}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${LIT_POLICY} ${BUILDER_POLICY} 'allow-duplicates'`,
  ].join('; ');
}

/** Headers for every file of the site at the address `site`. */
const siteHeaders = (site) => ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': sitePolicy(site),
});

/** Headers for the builder alone: a form with a copy button, which no other site has a reason to frame. */
const builderHeaders = { 'X-Frame-Options': 'SAMEORIGIN' };

/**
 * Which headers go with which paths under the site's root. No header is named by two rules that can match one
 * path: hosts differ in what they do then (Netlify keeps one value, Cloudflare joins them).
 */
const rulesFor = (site) => [
  { pattern: '/*', headers: siteHeaders(site), matches: () => true },
  ...['/', '/index.html'].map((path) => ({ pattern: path, headers: builderHeaders, matches: (p) => p === path })),
  ...widgetFolders.map(([folder, headers]) => ({
    pattern: `/${folder}/*`,
    headers,
    matches: (path) => path.startsWith(`/${folder}/`),
  })),
];

const writtenBy = '# Written by npm run build:site from tools/build/hosting.js';

/**
 * For the site at `site`, the address it is built for (`siteAddress()`): the headers of a path under its root
 * (`/v0.1.0/locales/de.js`, `/v0/hydrate.js`, `/statement/point-4/`). The rules are made once, for every request.
 */
export function headersFor(site) {
  const rules = rulesFor(site);
  return (pathname) => rules.filter((rule) => rule.matches(pathname)).flatMap((rule) => Object.entries(rule.headers));
}

/** `_headers`, as Netlify and Cloudflare Pages read it at the site's root: a path pattern, then indented headers. */
export function netlifyHeadersFile(site) {
  const lines = rulesFor(site).flatMap(({ pattern, headers }) => [
    pattern,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ]);
  return [writtenBy, ...lines, ''].join('\n');
}

/**
 * `.htaccess` for the versioned folder itself (or, given `aliasHeaders`, for the major version's), so it applies
 * wherever the site sits on an Apache host, and stays with the folder when later versions are published beside it.
 * Needs mod_headers: without it Apache refuses the folder with an error, which is easier to notice than a widget
 * that fails only on other sites.
 */
export function apacheHtaccess(headers) {
  const lines = Object.entries(headers).map(([name, value]) => `Header set ${name} "${value}"`);
  return [writtenBy, ...lines, ''].join('\n');
}

/**
 * `.htaccess` for the root of the site at `site`, which may live under a path (`https://example.org/belarus/`): the
 * site's headers, `always` so that error pages carry them too; the builder's, for its two addresses only; and
 * `404.html` for an address that names no page (a point that does not exist, say). Needs mod_headers, and
 * AllowOverride FileInfo.
 */
export function siteHtaccess(site) {
  const basePath = new URL(site).pathname;
  // Apache matches REQUEST_URI decoded (`/беларусь/`, not `/%D0%B1…/`), and as a regular expression.
  const decoded = decodeURIComponent(basePath).replace(/[\\^$.*+?()[\]{}|#"]/g, '\\$&');
  const builder = `m#^${decoded}(index\\.html)?$#`;
  return [
    writtenBy,
    ...Object.entries(siteHeaders(site)).map(([name, value]) => `Header always set ${name} "${value}"`),
    `<If "%{REQUEST_URI} =~ ${builder}">`,
    ...Object.entries(builderHeaders).map(([name, value]) => `  Header always set ${name} "${value}"`),
    '</If>',
    `ErrorDocument 404 ${basePath}404.html`,
    '',
  ].join('\n');
}
