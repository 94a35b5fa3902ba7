// How the built site hosts the widget for partners' pages: the versioned folder the drop-in bundle is published in,
// and the HTTP headers its host sends for it. The one definition of those headers: the site build writes them as
// `_headers` (Netlify, Cloudflare Pages) and `.htaccess` (Apache), and the dev, preview and test servers send them.
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

const writtenBy =
  "# The drop-in widget's headers, for partners' pages (written by npm run build:site from scripts/hosting.js)";

/** The headers for a path under the site's root (`/v0.1.0/locales/de.js`), or none. */
export function headersFor(pathname) {
  return pathname.startsWith(`/${widgetFolder}/`) ? Object.entries(widgetHeaders) : [];
}

/** `_headers`, as Netlify and Cloudflare Pages read it at the site's root: a path pattern, then indented headers. */
export function netlifyHeadersFile() {
  const lines = Object.entries(widgetHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return [writtenBy, `/${widgetFolder}/*`, ...lines, ''].join('\n');
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
