// The statement's page and each point's page: the widget prerendered (readable without JavaScript, then hydrated by
// the bundle from the versioned folder), the tags that link previews and WordPress read, and how to link or embed it.
import { points } from '../../src/content/statement.js';
import { TAG_NAMES } from '../../src/tag-names.js';
import { escapeHtml } from '../../src/shared/escape-html.js';
import { elementMarkup } from '../embed-code/element-markup.js';
import { embedFrame } from '../embed-code/frame.js';
import { defaultOptions } from '../embed-code/options.js';
import { htmlPage } from './html-page.js';
import { absolute, FAVICON, relative, type SiteContext } from './site-context.js';
import { FALLBACK_STYLESHEET } from '../embed-code/fallback-layout.js';
import {
  CARD_SIZE,
  cardAltOf,
  cardPathOf,
  embedPathOf,
  oembedPathOf,
  pointPages,
  positionOf,
  statementPage,
  type StatementPage,
} from '../embed-code/statement-pages.js';

/** The tags in the head that tell other sites what the page is: canonical, oEmbed, Open Graph, X. */
function discoveryTags(page: StatementPage, site: SiteContext): string[] {
  const url = absolute(site, page.path);
  const meta = (attribute: 'name' | 'property', name: string, content: string | number) =>
    `<meta ${attribute}="${name}" content="${escapeHtml(String(content))}">`;
  return [
    `<link rel="canonical" href="${url}">`,
    `<link rel="alternate" type="application/json+oembed" href="${absolute(site, oembedPathOf(page))}" title="${escapeHtml(page.title)}">`,
    meta('name', 'description', page.description),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', statementPage.title),
    meta('property', 'og:locale', 'en_GB'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', absolute(site, cardPathOf(page))),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', CARD_SIZE.width),
    meta('property', 'og:image:height', CARD_SIZE.height),
    meta('property', 'og:image:alt', cardAltOf(page)),
    meta('name', 'twitter:card', 'summary_large_image'),
  ];
}

/** The site's header, the way to the whole statement and to the builder, on the pages readers read. */
export const siteHeader = (statement: string, builder: string) => `<header class="site-header">
  <a class="site-name" href="${statement}">Progressive Alliance</a>
  <nav aria-label="Site">
    <a href="${statement}">The statement</a>
    <a href="${builder}">Embed it on your site</a>
  </nav>
</header>`;

function pointNavigation(page: StatementPage): string {
  const index = pointPages.indexOf(page);
  const link = (other: StatementPage | undefined, rel: 'prev' | 'next') =>
    other?.point
      ? `<a rel="${rel}" href="${relative(page.path, other.path)}">${rel === 'prev' ? '← ' : ''}${positionOf(other.point)}${rel === 'next' ? ' →' : ''}</a>`
      : '<span></span>';
  return `<nav class="pager" aria-label="Points">
  ${link(pointPages[index - 1], 'prev')}
  <a href="${relative(page.path, statementPage.path)}">All ${points.length} points</a>
  ${link(pointPages[index + 1], 'next')}
</nav>`;
}

const pointList = (from: string) => `<nav aria-labelledby="points-title">
  <h2 id="points-title">A page for each point</h2>
  <ol class="point-links">
${pointPages.map((page) => `    <li><a href="${relative(from, page.path)}">${escapeHtml(page.headline)}</a></li>`).join('\n')}
  </ol>
</nav>`;

/**
 * A frame of the embed page for a partner's own site, with the listener that gives it its height: the embed page
 * posts `{ message: 'height', value }` to its parent on load and whenever its height changes. A sandboxed frame's
 * messages come from the origin "null", so the listener knows its frame by the window they come from.
 */
export function framingCode(page: StatementPage, site: SiteContext): string {
  return `${embedFrame(page, absolute(site, embedPathOf(page)))}
<script>
  addEventListener('message', ({ source, data }) => {
    for (const frame of document.querySelectorAll('iframe.pa-statement-embed'))
      if (frame.contentWindow === source && data?.message === 'height') frame.height = data.value;
  });
</script>`;
}

/** How to quote the page elsewhere: its address, which WordPress and other oEmbed consumers turn into the widget. */
const sharing = (page: StatementPage, site: SiteContext) => `<section aria-labelledby="share-title">
  <h2 id="share-title">Link to it, or embed it</h2>
  <p>Paste this address on a line of its own in a WordPress post (or anywhere that embeds links): it shows as the
  ${page.point ? 'point' : 'statement'}, word for word, in a frame. Link previews show its card.</p>
  <p><code class="address">${absolute(site, page.path)}</code></p>
  <details>
    <summary>Or frame it on your own site</summary>
    <p>The frame takes the height of what it shows with these five lines of script. Its links open inside it.</p>
    <pre><code>${escapeHtml(framingCode(page, site))}</code></pre>
  </details>
  <p>On a page of your own, add the widget itself: make its code with the <a href="${relative(page.path, '')}">embed-code builder</a>.</p>
</section>`;

/** Said on each page of a preview's site: its widget's files may still change. */
const previewNotice = (site: SiteContext) =>
  `<p class="preview-notice" role="note">This site shows a preview of the widget's version ${site.widgetFolder.replace(/^v/, '')}: its files may still change.</p>`;

/** The page, before its widget is prerendered. */
export function readingPage(page: StatementPage, site: SiteContext): string {
  const from = page.path;
  const main = page.point
    ? `<p class="eyebrow">${statementPage.title}</p>
<h1>${positionOf(page.point)}</h1>
${elementMarkup({ ...defaultOptions, tag: TAG_NAMES.point, point: String(page.point.number), href: relative(from, statementPage.path) })}
${pointNavigation(page)}`
    : // The widget's title is the page's heading (its fallback keeps the builder's h2).
      `${elementMarkup({ ...defaultOptions, tag: TAG_NAMES.statement, numbered: true }, [['heading-level', '1']])}
${pointList(from)}`;
  return htmlPage({
    title: page.title,
    head: [
      ...discoveryTags(page, site),
      `<link rel="icon" href="${relative(from, FAVICON)}" type="image/svg+xml">`,
      `<link rel="stylesheet" href="${relative(from, site.assets.siteStylesheet)}">`,
      `<link rel="stylesheet" href="${relative(from, `${site.widgetFolder}/${FALLBACK_STYLESHEET}`)}">`,
      `<script type="module" src="${relative(from, `${site.widgetFolder}/pa-statement-widget.js`)}"></script>`,
    ],
    body: `${siteHeader(relative(from, statementPage.path), relative(from, ''))}
<main>
${site.released ? '' : `${previewNotice(site)}\n`}${main}
${sharing(page, site)}
</main>`,
  });
}
