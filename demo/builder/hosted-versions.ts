// The two addresses the site publishes the drop-in bundle at, for the builder to offer (tools/build/hosting.js defines
// the folders and their headers; tools/build/site-plugin.ts tells this page of them as the site is built):
// - pinned: this version's folder, e.g. `v0.1.0/`, whose files never change, so the snippet can carry the bundle's
//   Subresource Integrity: a browser refuses the script if the host ever sends other bytes;
// - latest: the major version's folder, e.g. `v0/`, which each release of that major version replaces, so a page
//   receives fixes without a new snippet, and can carry no integrity (docs/security.md, "The patch channel").

declare const __WIDGET_FOLDER__: string;
declare const __WIDGET_ALIAS_FOLDER__: string;
declare const __WIDGET_INTEGRITY__: string;
declare const __WIDGET_MODULE_INTEGRITY__: Record<string, string>;

/** The versioned folder, e.g. `v0.1.0`. */
export const PINNED_FOLDER: string = __WIDGET_FOLDER__;

/** The major version's folder, e.g. `v0`. */
export const LATEST_FOLDER: string = __WIDGET_ALIAS_FOLDER__;

/**
 * The Subresource Integrity of the bundle in the versioned folder (`sha384-…`), as its release recorded it; '' while
 * the version is a preview, whose files may still change (tools/build/releases.js).
 */
export const PINNED_INTEGRITY: string = __WIDGET_INTEGRITY__;

/** Whether the version is released: its folder's files never change, and the builder offers them pinned. */
export const RELEASED = PINNED_INTEGRITY !== '';

export type Channel = 'pinned' | 'latest';

export interface HostedBundle {
  /** The bundle's address. */
  src: string;
  /** Its `integrity` attribute: for the pinned bundle of a released version only. */
  integrity?: string;
  /** The integrity of each module it may load (hydrate.js, locales/), by address: with `integrity` only. */
  moduleIntegrity?: Record<string, string>;
}

/**
 * The bundle's address on the host and path the builder is served from (`base`, the page's by default), in the
 * versioned folder with its integrity and its modules', or in the major version's folder.
 */
export function hostedBundle(channel: Channel, base: string = document.baseURI): HostedBundle {
  const folder = channel === 'pinned' ? PINNED_FOLDER : LATEST_FOLDER;
  const src = new URL(`${folder}/pa-statement-widget.js`, base).href;
  if (channel !== 'pinned' || !RELEASED) return { src };
  const moduleIntegrity = Object.fromEntries(
    Object.entries(__WIDGET_MODULE_INTEGRITY__).map(([path, integrity]) => [new URL(path, src).href, integrity]),
  );
  return { src, integrity: PINNED_INTEGRITY, moduleIntegrity };
}
