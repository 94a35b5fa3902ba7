// The statement's pages on the site: one for the whole statement and one for each point, each with an embed page,
// an oEmbed answer and a link-preview card beside it. Their addresses hold no version, so that a link pasted into a
// post keeps working after every release, and number the points as the statement does ("Point 4 of 11"): the
// statement never changes, so neither do its numbers, whereas the slugs are this project's names for the points.
import { points, statement, type StatementPoint } from '../../src/content/statement.js';
import { english } from '../../src/localization/phrases.js';
import { wordingIn } from '../../src/localization/wording.js';
import { attributionText, positionOf as positionIn } from '../../src/base/attribution.js';

/** The pages speak English, as the statement does. */
const wording = wordingIn('en', english);

export interface StatementPage {
  /** The page's folder under the site's root: `statement/` or `statement/point-4/`. */
  path: string;
  /** The point it shows; none on the full statement's page. */
  point?: StatementPoint;
  /** Its title, for `<title>`, Open Graph and oEmbed. */
  title: string;
  /** What link previews show under the title: the statement's own words, verbatim (the first point's for the whole). */
  description: string;
  /** The words on its card: a point's quote, the statement's title. */
  headline: string;
  /** The line under them, as the widget writes it: "Progressive Alliance, 18th September 2020 · Point 4 of 11". */
  attribution: string;
}

/** "Point 4 of 11", as the widget says it. */
export const positionOf = (point: StatementPoint) => positionIn(point, wording);

export const statementPage: StatementPage = {
  path: 'statement/',
  title: english.title,
  description: points[0].text,
  headline: english.title,
  attribution: `${statement.publisher} · ${wording.date}`,
};

export const pointPages: StatementPage[] = points.map((point) => ({
  path: `${statementPage.path}point-${point.number}/`,
  point,
  title: `${positionOf(point)} · ${english.title}`,
  description: point.text,
  headline: point.quote,
  attribution: attributionText(point, wording),
}));

export const statementPages: StatementPage[] = [statementPage, ...pointPages];

/** What lies beside each page, in its folder. */
export const embedPathOf = (page: StatementPage) => `${page.path}embed/`;
export const oembedPathOf = (page: StatementPage) => `${page.path}oembed.json`;
export const cardPathOf = (page: StatementPage) => `${page.path}card.png`;

/** The card's size: what Open Graph and X's large summary card show at full width. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Alternative text for the card: its words, verbatim. */
export const cardAltOf = (page: StatementPage) =>
  page.point ? `“${page.headline}” ${page.attribution}` : `${page.headline}. ${page.attribution}`;
