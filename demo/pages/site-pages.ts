// Every file the site build generates for the statement's pages, by path under the site's root: for the statement
// and each point, its page, its embed page, its oEmbed answer and its card; and the 404 page.
// The widgets in the pages are prerendered by the package's own prerenderer (dist/, built before the site), with
// their shadow roots linking the element stylesheets of the versioned folder: the site's policy refuses inline styles.
import type { prerender as Prerender } from '../../src/prerender/prerender.js';
import { cardOf } from './cards.js';
import { embedPage } from './embed-page.js';
import { notFoundPage } from './not-found.js';
import { oembedAnswer } from './oembed.js';
import { readingPage } from './reading-page.js';
import { absolute, type SiteContext } from './site-context.js';
import { cardPathOf, embedPathOf, oembedPathOf, statementPages } from '../embed-code/statement-pages.js';

// Held in a variable: the site build type-checks without dist/ (the type comes from src/).
const PRERENDERER = new URL('../../dist/prerender/prerender.js', import.meta.url).href;

export async function sitePages(site: SiteContext): Promise<Map<string, string | Uint8Array>> {
  const { prerender } = (await import(PRERENDERER)) as { prerender: typeof Prerender };
  const prerendered = (html: string) => prerender(html, { stylesheets: absolute(site, `${site.widgetFolder}/`) });
  const files = new Map<string, string | Uint8Array>();
  for (const page of statementPages) {
    files.set(`${page.path}index.html`, await prerendered(readingPage(page, site)));
    files.set(`${embedPathOf(page)}index.html`, await prerendered(embedPage(page, site)));
    files.set(oembedPathOf(page), `${JSON.stringify(oembedAnswer(page, site), null, 2)}\n`);
    files.set(cardPathOf(page), await cardOf(page));
  }
  files.set('404.html', notFoundPage(site));
  return files;
}
