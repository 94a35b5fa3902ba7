// The frame of a statement page's embed page, as a partner pastes it and as the site's oEmbed answer gives it.
import { escapeHtml } from '../../src/shared/escape-html.js';
import type { StatementPage } from './statement-pages.js';

/**
 * The frame's size before it reports its own height: a post's column wide, and about as tall as the widget there
 * (at 600 px a point takes 160 to 340 px; the statement's embed, three points and "Show all", 640 px).
 */
const FRAME_SIZE = {
  point: { width: 600, height: 240 },
  statement: { width: 600, height: 660 },
} as const;

/** The size of `page`'s frame before it reports its own height. */
export const frameSizeOf = (page: StatementPage) => (page.point ? FRAME_SIZE.point : FRAME_SIZE.statement);

/**
 * The frame of `page`'s embed page at `src` (with its query, if any), for a partner's own page: sandboxed to
 * scripts alone (no access to the partner's page, its storage or its window), told nothing of the partner's page's
 * address (the embed page needs none), loaded as it nears the view, without a border, no wider than its column,
 * and as tall as the page's widget at first.
 */
export function embedFrame(page: StatementPage, src: string): string {
  const { width, height } = frameSizeOf(page);
  return `<iframe class="pa-statement-embed" src="${escapeHtml(src)}" title="${escapeHtml(page.title)}" width="${width}" height="${height}" loading="lazy" referrerpolicy="no-referrer" style="border: 0; max-width: 100%" sandbox="allow-scripts"></iframe>`;
}
