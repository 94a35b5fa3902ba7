// The public address the site is built for: `SITE_URL=https://widget.example/ npm run build:site`. The pages' canonical
// links, link previews (Open Graph), oEmbed answers and the frames they embed must name it in full, since they are
// read by other sites. Without it the site is built for the local preview (`npm run preview`), and says so.
// Run as a script (`node tools/build/site-address.js`, the first step of `npm run build:site`), it checks SITE_URL before
// anything is built, and stops with one sentence when it is not an address.
import { pathToFileURL } from 'node:url';

/** Where `npm run preview` serves the site (vite.config.ts: the preview server's host and default port). */
const LOCAL_PREVIEW = 'http://127.0.0.1:4173/';

export class SiteAddressError extends Error {}

/**
 * The site's address, ending in `/`, from `value` (SITE_URL by default; a trailing slash is optional), and whether one
 * was given. Throws a SiteAddressError, whose message is one sentence, when `value` is not an absolute http(s) address
 * of a folder.
 */
export function siteAddress(value = process.env.SITE_URL) {
  const given = (value ?? '').trim();
  if (given === '') return { href: LOCAL_PREVIEW, given: false };
  const url = URL.canParse(given) ? new URL(given) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new SiteAddressError(
      `SITE_URL="${value}" is not the absolute http(s) address of the site, such as https://widget.example/ or https://example.org/belarus/ (no query, fragment or password), so nothing was built.`,
    );
  }
  return { href: url.href.endsWith('/') ? url.href : `${url.href}/`, given: true };
}

/** The one line a build without SITE_URL prints. */
export const withoutAddressNotice = `SITE_URL is not set: built for the local preview at ${LOCAL_PREVIEW} (npm run preview); link previews and oEmbed need the public address: SITE_URL=https://… npm run build:site.`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    siteAddress();
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
