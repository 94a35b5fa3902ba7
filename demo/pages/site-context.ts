// What every generated page needs to know about the site it is part of: its public address, and where the build put
// the files the pages share. Pages link the site's own files by relative addresses, which hold wherever the site is
// served from (the local preview, a test server's sub-path); only what other sites read is absolute.

export interface SiteContext {
  /** The site's public address, ending in `/` (tools/build/site-address.js). */
  address: string;
  /** The versioned folder of the drop-in bundle, e.g. `v0.1.0`. */
  widgetFolder: string;
  /** Whether that version is released; a preview's files may still change (tools/build/releases.js). */
  released: boolean;
  /** Paths under the site's root of the files the build emitted for the pages. */
  assets: {
    /** The campaign's look: the builder's page and the statement's pages. */
    siteStylesheet: string;
    /** The embed pages' few rules: no background, a readable font. */
    embedStylesheet: string;
    /** The embed pages' script (demo/embed/embed-frame.ts). */
    embedScript: string;
  };
}

/** The site's icon (demo/public/, which the build copies to the site's root): without one, browsers ask for a
 * /favicon.ico that is not there, and log the 404 as an error. */
export const FAVICON = 'favicon.svg';

/** A path under the site's root (`statement/point-4/`) as an absolute address, for other sites to read. */
export const absolute = (site: SiteContext, path: string) => new URL(path, site.address).href;

/** `path`, under the site's root, as a relative address from a page in the folder `from` (`statement/point-4/`). */
export const relative = (from: string, path: string) =>
  '../'.repeat(from.split('/').filter(Boolean).length) + path || './';
