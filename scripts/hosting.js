// How the built site is hosted: the versioned folder the drop-in bundle is published in, and the HTTP headers the host
// sends for each part of the site. The one definition of those headers: the site build writes them as `_headers`
// (Netlify, Cloudflare Pages) and `.htaccess` (Apache), and the dev, preview and test servers send them.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The folder of this version's bundle, its locales/ and fallback stylesheet, e.g. `v0.1.0`: it never changes once published. */
export const widgetFolder = `v${version}`;

/** Headers for every file in the versioned folder. */
export const widgetHeaders = {
  // Partners' pages are on other origins, and a module script and its import() of locales/ are CORS requests.
  // The files are public and sent without credentials, so any origin may read them.
  'Access-Control-Allow-Origin': '*',
  // A published version never changes: browsers and CDNs may keep it for a year without asking again.
  'Cache-Control': 'public, max-age=31536000, immutable',
};

/**
 * The site's own pages, its embed pages included, load nothing but the site's files, and no inline script or style
 * (the widget's shadow roots link its stylesheets). No `frame-ancestors`: the embed pages are made to be framed by
 * anyone, and so are the statement's pages, which a link followed inside a partner's frame opens there.
 */
export const sitePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers for every file of the site. */
export const siteHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': sitePolicy,
};

/** Headers for the builder alone: a form with a copy button, which no other site has a reason to frame. */
export const builderHeaders = { 'X-Frame-Options': 'SAMEORIGIN' };

/**
 * Which headers go with which paths under the site's root. No header is named by two rules that can match one
 * path: hosts differ in what they do then (Netlify keeps one value, Cloudflare joins them).
 */
const rules = [
  { pattern: '/*', headers: siteHeaders, matches: () => true },
  ...['/', '/index.html'].map((path) => ({ pattern: path, headers: builderHeaders, matches: (p) => p === path })),
  {
    pattern: `/${widgetFolder}/*`,
    headers: widgetHeaders,
    matches: (path) => path.startsWith(`/${widgetFolder}/`),
  },
];

const writtenBy = '# Written by npm run build:site from scripts/hosting.js';

/** The headers for a path under the site's root (`/v0.1.0/locales/de.js`, `/statement/point-4/`). */
export function headersFor(pathname) {
  return rules.filter((rule) => rule.matches(pathname)).flatMap((rule) => Object.entries(rule.headers));
}

/** `_headers`, as Netlify and Cloudflare Pages read it at the site's root: a path pattern, then indented headers. */
export function netlifyHeadersFile() {
  const lines = rules.flatMap(({ pattern, headers }) => [
    pattern,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ]);
  return [writtenBy, ...lines, ''].join('\n');
}

/**
 * `.htaccess` for the versioned folder itself, so it applies wherever the site sits on an Apache host, and stays
 * with the folder when later versions are published beside it. Needs mod_headers: without it Apache refuses the
 * folder with an error, which is easier to notice than a widget that fails only on other sites.
 */
export function apacheHtaccess() {
  const lines = Object.entries(widgetHeaders).map(([name, value]) => `Header set ${name} "${value}"`);
  return [writtenBy, ...lines, ''].join('\n');
}

/**
 * `.htaccess` for the site's root, on a host whose site lives at `basePath` (`/`, `/belarus/`): the site's headers,
 * `always` so that error pages carry them too; the builder's, for its two paths only; and `404.html` for an address
 * that names no page (a point that does not exist, say). Needs mod_headers, and AllowOverride FileInfo.
 */
export function siteHtaccess(basePath) {
  const builder = `m#^${basePath.replace(/[.#]/g, '\\$&')}(index\\.html)?$#`;
  return [
    writtenBy,
    ...Object.entries(siteHeaders).map(([name, value]) => `Header always set ${name} "${value}"`),
    `<If "%{REQUEST_URI} =~ ${builder}">`,
    ...Object.entries(builderHeaders).map(([name, value]) => `  Header always set ${name} "${value}"`),
    '</If>',
    `ErrorDocument 404 ${basePath}404.html`,
    '',
  ].join('\n');
}
