// The embed pages (`statement/embed/`, `statement/point-4/embed/`), made to be framed by any site: the widget
// prerendered and nothing else, on its scheme's background (demo/embed/embed.css). Their script (demo/embed/embed-frame.ts) reads `lang` and `theme` from
// the query, reports the page's height to the frame's parent, and speaks WordPress's embed protocol.
import { LANGUAGES } from '../../src/localization/phrases.js';
import { THEMES } from '../../src/base/pa-element.js';
import { TAG_NAMES, TAGS } from '../../src/tag-names.js';
import { elementMarkup } from '../embed-code/element-markup.js';
import { defaultOptions } from '../embed-code/options.js';
import { htmlPage } from './html-page.js';
import { absolute, relative, type SiteContext } from './site-context.js';
import { embedPathOf, statementPage, type StatementPage } from '../embed-code/statement-pages.js';

/** The languages the widget's phrases may be asked in (`?lang=de`): the package's, English built in. */
export const EMBED_LANGUAGES = [...LANGUAGES].sort();

/** The widget each embed page frames. */
function embeddedWidget(page: StatementPage, site: SiteContext): string {
  // Absolute: it is the address a framed link takes the reader's window to (through WordPress's `link` message).
  const href = absolute(site, statementPage.path);
  return page.point
    ? elementMarkup({ ...defaultOptions, tag: TAG_NAMES.point, point: String(page.point.number), href })
    : // The first three points, and the button that shows the rest: a frame that starts no taller than a post's
      // column is long, which WordPress caps at 1000 px anyway.
      elementMarkup({ ...defaultOptions, tag: TAG_NAMES.statement, numbered: true, limit: '3', href });
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
    // In a landmark, as a page's content belongs: a screen reader's user finds it by its region.
    body: `<main>\n${embeddedWidget(page, site)}\n</main>`,
  });
}
