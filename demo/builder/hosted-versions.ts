// The two addresses the site publishes the drop-in bundle at, for the builder to offer (tools/build/hosting.js defines
// the folders and their headers; tools/build/site-plugin.ts tells this page of them as the site is built):
// - pinned: this version's folder, e.g. `v0.1.0/`, whose files never change, so the snippet can carry the bundle's
//   Subresource Integrity: a browser refuses the script if the host ever sends other bytes;
// - latest: the major version's folder, e.g. `v0/`, which each release of that major version replaces, so a page
//   receives fixes without a new snippet, and can carry no integrity (docs/security.md, "The patch channel").

declare const __WIDGET_FOLDER__: string;
declare const __WIDGET_ALIAS_FOLDER__: string;
declare const __WIDGET_INTEGRITY__: string;

/** The versioned folder, e.g. `v0.1.0`. */
export const PINNED_FOLDER: string = __WIDGET_FOLDER__;

/** The major version's folder, e.g. `v0`. */
export const LATEST_FOLDER: string = __WIDGET_ALIAS_FOLDER__;

/**
 * The Subresource Integrity of the bundle in the versioned folder (`sha384-…`), computed from cdn/ as the site is
 * built (by the dev server, as cdn/ was when it started).
 */
export const PINNED_INTEGRITY: string = __WIDGET_INTEGRITY__;

export type Channel = 'pinned' | 'latest';

export interface HostedBundle {
  /** The bundle's address. */
  src: string;
  /** Its `integrity` attribute: for the pinned bundle only (and only once cdn/ has been built). */
  integrity?: string;
}

/**
 * The bundle's address on the host and path the builder is served from (`base`, the page's by default), in the
 * versioned folder with its integrity, or in the major version's folder.
 */
export function hostedBundle(channel: Channel, base: string = document.baseURI): HostedBundle {
  const folder = channel === 'pinned' ? PINNED_FOLDER : LATEST_FOLDER;
  const src = new URL(`${folder}/pa-statement-widget.js`, base).href;
  return channel === 'pinned' && PINNED_INTEGRITY ? { src, integrity: PINNED_INTEGRITY } : { src };
}
