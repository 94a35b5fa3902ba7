// The oEmbed answer beside each page (`statement/point-4/oembed.json`), which the page announces in its head: what
// WordPress and other oEmbed consumers embed for the page's address. A static file, so the query they add
// (`?url=…&maxwidth=…`) is ignored. Its `html` is shaped for WordPress's `wp_filter_oembed_result()`, which keeps,
// for a provider not on its list, a `<blockquote>` without attributes (links inside with `href` only, no
// paragraphs) followed by an `<iframe>` (`src`, `width`, `height`, `title`, `frameborder`, …): the blockquote shows
// until the frame reports its height, and stays if it never does.
import { points, statement } from '../../src/content/statement.js';
import { escapeHtml } from '../../src/shared/escape-html.js';
import { frameSizeOf } from '../embed-code/frame.js';
import { absolute, type SiteContext } from './site-context.js';
import {
  CARD_SIZE,
  cardPathOf,
  embedPathOf,
  statementPage,
  type StatementPage,
} from '../embed-code/statement-pages.js';

/** The quoted words: a point's text, or every point, numbered, on the statement's. */
function quotedText(page: StatementPage): string {
  if (page.point) return page.point.text;
  return points.map((point) => `${point.number}. ${point.text}`).join(' ');
}

export interface OEmbedAnswer {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export function oembedAnswer(page: StatementPage, site: SiteContext): OEmbedAnswer {
  const { width, height } = frameSizeOf(page);
  const pageUrl = absolute(site, page.path);
  // The point's attribution as the widget writes it; the statement's title, whose points follow.
  const source = `<a href="${pageUrl}">${escapeHtml(page.point ? page.attribution : page.title)}</a>`;
  const quote = page.point ? `${escapeHtml(quotedText(page))} ${source}` : `${source}: ${escapeHtml(quotedText(page))}`;
  const html =
    `<blockquote>${quote}</blockquote>` +
    // Sandboxed to scripts alone for any consumer: WordPress drops the attribute, and adds its own, the same.
    `<iframe src="${absolute(site, embedPathOf(page))}" width="${width}" height="${height}" title="${escapeHtml(page.title)}" frameborder="0" sandbox="allow-scripts"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: page.title,
    author_name: statement.publisher,
    provider_name: statementPage.title,
    provider_url: site.address,
    html,
    width,
    height,
    thumbnail_url: absolute(site, cardPathOf(page)),
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
  };
}
