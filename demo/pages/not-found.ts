// `404.html`: what the host shows for an address that names no page, a point that does not exist say
// (`statement/point-12/`). Netlify and Cloudflare Pages serve it themselves; Apache through the site's `.htaccess`.
// It is served at any address, so its links resolve against the site's own (`<base>`), not against the one asked for.
import { escapeHtml } from '../../src/shared/escape-html.js';
import { htmlPage } from './html-page.js';
import { FAVICON, type SiteContext } from './site-context.js';
import { siteHeader } from './reading-page.js';
import { pointPages, statementPage } from '../embed-code/statement-pages.js';

export function notFoundPage(site: SiteContext): string {
  const links = pointPages.map((page) => `  <li><a href="${page.path}">${escapeHtml(`${page.headline}`)}</a></li>`);
  return htmlPage({
    title: `No such page · ${statementPage.title}`,
    head: [
      '<meta name="robots" content="noindex">',
      `<base href="${site.address}">`,
      `<link rel="icon" href="${FAVICON}" type="image/svg+xml">`,
      `<link rel="stylesheet" href="${site.assets.siteStylesheet}">`,
    ],
    body: `${siteHeader(statementPage.path, './')}
<main>
<h1>No such page</h1>
<p>The statement has ${pointPages.length} points, numbered 1 to ${pointPages.length}, each with a page of its own
(<code>${statementPage.path}point-1/</code> to <code>${statementPage.path}point-${pointPages.length}/</code>):</p>
<ol class="point-links">
${links.join('\n')}
</ol>
<p><a href="${statementPage.path}">Read the full statement</a>.</p>
</main>`,
  });
}
