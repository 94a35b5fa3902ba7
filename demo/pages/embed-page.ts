// The embed pages (`statement/embed/`, `statement/point-4/embed/`), made to be framed by any site: the widget
// prerendered and nothing else, on no background. Their script (demo/embed-frame.ts) reads `lang` and `theme` from
// the query, reports the page's height to the frame's parent, and speaks WordPress's embed protocol.
import { LANGUAGES } from '../../src/localization/phrases.js';
import { THEMES } from '../../src/shared/pa-element.js';
import { TAGS } from '../../src/tag-names.js';
import { frameSizeOf } from './oembed.js';
import { absolute, escapeHtml, htmlPage, relative, type SiteContext } from './site-context.js';
import { embedPathOf, statementPage, type StatementPage } from './statement-pages.js';
import { widgetMarkup } from './widget-markup.js';

/** The languages the widget's phrases may be asked in (`?lang=de`): the package's, English built in. */
export const EMBED_LANGUAGES = [...LANGUAGES].sort();

/**
 * The frame of `page`'s embed page at `src` (with its query, if any), for a partner's own page: sandboxed to
 * scripts alone (no access to the partner's page, its storage or its window), loaded as it nears the view, without
 * a border, no wider than its column, and as tall as the page's widget at first.
 */
export function embedFrame(page: StatementPage, src: string): string {
  const { width, height } = frameSizeOf(page);
  return `<iframe class="pa-statement-embed" src="${escapeHtml(src)}" title="${escapeHtml(page.title)}" width="${width}" height="${height}" loading="lazy" style="border: 0; max-width: 100%" sandbox="allow-scripts"></iframe>`;
}

/** The widget each embed page frames. */
function embeddedWidget(page: StatementPage, site: SiteContext): string {
  // Absolute: it is the address a framed link takes the reader's window to (through WordPress's `link` message).
  const href = absolute(site, statementPage.path);
  return page.point
    ? widgetMarkup('pa-statement-point', { point: String(page.point.number), href })
    : // The first three points, and the button that shows the rest: a frame that starts no taller than a post's
      // column is long, which WordPress caps at 1000 px anyway.
      widgetMarkup('pa-statement', { numbered: true, limit: '3', href });
}

/** The page, before its widget is prerendered. */
export function embedPage(page: StatementPage, site: SiteContext): string {
  const from = embedPathOf(page);
  return htmlPage({
    title: page.title,
    head: [
      '<meta name="robots" content="noindex">',
      `<link rel="canonical" href="${absolute(site, page.path)}">`,
      `<link rel="stylesheet" href="${relative(from, site.assets.embedStylesheet)}">`,
      `<script src="${relative(from, site.assets.embedScript)}" defer data-languages="${EMBED_LANGUAGES.join(' ')}" data-themes="${THEMES.join(' ')}" data-widgets="${TAGS.join(', ')}"></script>`,
      `<script type="module" src="${relative(from, `${site.widgetFolder}/pa-statement-widget.js`)}"></script>`,
    ],
    body: embeddedWidget(page, site),
  });
}
