import { html, nothing, type PropertyValues } from 'lit';
import { findPoint, points, statement, validPointKeys, type StatementPoint } from '../content/statement.js';
import { PaElement } from '../base/pa-element.js';
import type { Wording } from '../localization/wording.js';
import { asNumber, isHttpAddress, linkProperty } from '../shared/property-values.js';
import { translationMark } from '../base/attribution.js';
import { warnInvalid } from '../shared/warn.js';
import { statementStyles } from './pa-statement.styles.js';

/** The title's heading level unless `heading-level` says otherwise. */
export const DEFAULT_HEADING_LEVEL = 2;
/** The start of a point's list item's id, which a page's address names to link to it: `#pa-point-4`. */
const POINT_ID_PREFIX = 'pa-point-';
const FRAGMENT_PREFIX = `#${POINT_ID_PREFIX}`;

// Lit cannot bind a tag name; a real <hN> serves search engines as well as assistive technology.
const headings = [
  (title: unknown, lang: string) => html`<h1 id="title" part="title" lang=${lang}>${title}</h1>`,
  (title: unknown, lang: string) => html`<h2 id="title" part="title" lang=${lang}>${title}</h2>`,
  (title: unknown, lang: string) => html`<h3 id="title" part="title" lang=${lang}>${title}</h3>`,
  (title: unknown, lang: string) => html`<h4 id="title" part="title" lang=${lang}>${title}</h4>`,
  (title: unknown, lang: string) => html`<h5 id="title" part="title" lang=${lang}>${title}</h5>`,
  (title: unknown, lang: string) => html`<h6 id="title" part="title" lang=${lang}>${title}</h6>`,
];

/** The point a `#pa-point-4` or `#pa-point-torture` fragment names, if any. */
function pointOfFragment(hash: string): StatementPoint | undefined {
  if (!hash.startsWith(FRAGMENT_PREFIX)) return undefined;
  const lookup = findPoint(hash.slice(FRAGMENT_PREFIX.length));
  return lookup.ok ? lookup.point : undefined;
}

/**
 * The points a statement limited to `limit` shows before "Show all": the first `limit`, and `marked` wherever it is.
 * The builder writes a snippet's fallback from it too.
 */
export const pointsBeforeShowAll = (limit: number, marked?: StatementPoint) =>
  points.filter((point, index) => index < limit || point === marked);

/**
 * How many points a statement limited to `limit` shows before "Show all": all of them without a limit; none
 * (undefined) for a value that is no limit, a whole number from 1. The builder writes a snippet's fallback from it too.
 */
export function shownCountOf(limit: unknown): number | undefined {
  if (limit == null) return points.length;
  const count = asNumber(limit);
  return Number.isInteger(count) && count >= 1 ? Math.min(count, points.length) : undefined;
}

/** The statements on the page, so that of those following a `#pa-point-` fragment only the first scrolls to it. */
const connectedStatements = new Set<PaStatement>();

/** While the page prints: a limited statement prints every point, as paper has no "Show all". */
let printing = false;

let followingPrinting = false;

/** Follows the page into and out of print, from the first time a statement connects. */
const followPrinting = () => {
  if (followingPrinting) return;
  followingPrinting = true;
  const reprint = (now: boolean) => {
    printing = now;
    connectedStatements.forEach((statement) => statement.requestUpdate());
  };
  // `beforeprint` comes before the print layout, and the update it requests before that, in a microtask.
  addEventListener('beforeprint', () => reprint(true));
  addEventListener('afterprint', () => reprint(false));
  matchMedia('print').addEventListener('change', (query) => reprint(query.matches));
};

/**
 * The full Progressive Alliance statement on Belarus of 18 September 2020, verbatim: a titled,
 * dated article with its 11 points as a list.
 *
 * A page URL ending in `#pa-point-4` or `#pa-point-<slug>` scrolls that point into view and highlights it;
 * each point's "Copy link" button copies such a URL. With `limit`, a highlighted point beyond the limit is shown
 * too. Bad values of `heading-level`, `limit` or `highlight` are ignored with one console warning each.
 *
 * @tag pa-statement
 *
 * @summary The full statement, with optional numbering, a highlighted point and a "Show all" limit.
 *
 * @slot title - Replaces the title text "Progressive Alliance statement on Belarus".
 *
 * @csspart article - The `article` around everything.
 * @csspart header - The header: title and byline.
 * @csspart title - The title, a heading of level `heading-level`.
 * @csspart byline - Publisher and date under the title.
 * @csspart publisher - "Progressive Alliance" in the byline.
 * @csspart date - The statement's date.
 * @csspart translation - "Translation: …" in the byline, where a partner's translation is shown.
 * @csspart list - The list of points.
 * @csspart point - Each point's list item.
 * @csspart highlighted - The highlighted point's list item (with `point`).
 * @csspart number - A point's number, shown with `numbered`.
 * @csspart text - A point's text.
 * @csspart button - Every button.
 * @csspart copy-button - A point's "Copy link" button (with `button`).
 * @csspart toggle-button - The "Show all 11 points" / "Show fewer points" button (with `button`).
 * @csspart link - The link to the statement's page given by `href`.
 * @csspart status - Tells the result of "Copy link".
 */
export class PaStatement extends PaElement {
  static override styles = [PaElement.styles, statementStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    numbered: { type: Boolean },
    limit: { type: Number },
    highlight: {},
    href: {},
    __expanded: { state: true },
    __linkedPoint: { state: true },
    __copyStatus: { state: true },
  };

  /** Level of the title's heading, 1 to 6, so the widget fits the page's outline. */
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Shows each point's number. */
  numbered = false;

  /** Shows only the first N points, with a button that shows all. */
  limit?: number | null;

  /** A point to mark: its number (1–11) or slug. */
  highlight?: string | number | null;

  /** Address of the statement's page, shown as a link: an http(s) address, or one relative to the page. */
  href?: string;

  private __expanded = false;
  private __linkedPoint?: StatementPoint;
  private __copyStatus: unknown = '';
  private __level = DEFAULT_HEADING_LEVEL;
  private __shownCount = points.length;
  private __highlighted?: StatementPoint;
  private __href?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    followPrinting();
    connectedStatements.add(this);
    window.addEventListener('hashchange', this.__followFragment);
    this.__followFragment();
  }

  // Once it shows what a server rendered, or its own first render: the address is the reader's, not the server's.
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.__followFragment();
    // Woken to print (a waiting prerendered statement: the update `followPrinting` requests wakes it, as any change
    // does), or first rendered meanwhile: it prints every point.
    if (printing) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedStatements.delete(this);
    window.removeEventListener('hashchange', this.__followFragment);
  }

  private readonly __followFragment = async (): Promise<void> => {
    const linked = pointOfFragment(location.hash);
    // A prerendered statement that waits wakes for it (see HydratableElement), to follow it once rendered.
    if (!this.hasUpdated) return void (linked && this.requestUpdate());
    this.__linkedPoint = linked;
    if (!linked) return;
    this.__expanded = true;
    await this.updateComplete;
    // Each statement marks and shows the point; the page can scroll to one only: the first.
    for (const other of connectedStatements) {
      if (other.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING) return;
    }
    this.renderRoot?.querySelector(`${FRAGMENT_PREFIX}${linked.number}`)?.scrollIntoView({ block: 'center' });
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) {
      const level = asNumber(this.headingLevel ?? DEFAULT_HEADING_LEVEL);
      const valid = Number.isInteger(level) && level >= 1 && level <= 6;
      this.__level = valid ? level : DEFAULT_HEADING_LEVEL;
      if (!valid) warnInvalid(this, 'heading-level', this.headingLevel, 'a whole number from 1 to 6');
    }
    if (changed.has('limit')) {
      const count = shownCountOf(this.limit);
      this.__shownCount = count ?? points.length;
      if (count === undefined) warnInvalid(this, 'limit', this.limit, 'a whole number of points, at least 1');
    }
    if (changed.has('href')) this.__href = linkProperty(this, 'href');
    if (changed.has('highlight')) {
      const lookup = this.highlight == null ? undefined : findPoint(this.highlight);
      this.__highlighted = lookup?.ok ? lookup.point : undefined;
      if (lookup && !lookup.ok) warnInvalid(this, 'highlight', this.highlight, validPointKeys);
    }
  }

  /** One listener for every copy button, rather than one per point rendered: the point is its list item's. */
  private readonly __onClick = (event: Event): void => {
    const item = (event.composedPath()[0] as Element).closest?.('[part~="copy-button"]')?.closest('li');
    if (item) void this.__copyLink(points[Number(item.id.slice(POINT_ID_PREFIX.length)) - 1]);
  };

  constructor() {
    super();
    this.addEventListener('click', this.__onClick);
  }

  /**
   * Copies the address a reader should share, with the point's fragment: the page's canonical one (an http(s)
   * `<link rel="canonical">` in its head: one in the body may be anyone's), else its own without what may hold
   * session tokens and tracking parameters, its query and its path's parameters (`;jsessionid=…`).
   */
  private async __copyLink(point: StatementPoint): Promise<void> {
    const canonical = document.head?.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
    const shared = canonical !== undefined && isHttpAddress(canonical);
    const url = new URL(shared ? canonical : location.href);
    if (!shared) {
      url.search = '';
      url.pathname = url.pathname.replace(/;[^/]*/g, '');
    }
    url.hash = FRAGMENT_PREFIX + point.slug;
    const { phrase } = this.wording;
    // Emptied first, so a screen reader announces the same result again.
    this.__copyStatus = '';
    try {
      await navigator.clipboard.writeText(url.href);
      this.__copyStatus = phrase('linkCopied', { point: point.number });
    } catch {
      // The link itself lets a reader copy it from the context menu, or follow it.
      this.__copyStatus = html`${phrase('copyRefused')} <a part="link" href=${url.href}>${url.href}</a>`;
    }
  }

  private __renderPoint(point: StatementPoint, marked: boolean, { phrase, textLang, textOf }: Wording) {
    return html`
      <li
        id=${POINT_ID_PREFIX + point.number}
        part=${marked ? 'point highlighted' : 'point'}
        aria-current=${marked ? 'true' : nothing}
      >
        ${this.numbered ? html`<span part="number">${point.number}</span>` : nothing}
        <div class="point-body">
          <p part="text" lang=${textLang}>${textOf(point)}</p>
          <button part="button copy-button" aria-label=${phrase('copyLinkTo', { point: point.number })}>
            ${phrase('copyLink')}
          </button>
        </div>
      </li>
    `;
  }

  protected override render() {
    const limited = this.__shownCount < points.length;
    const wording = this.wording;
    const marked = this.__linkedPoint ?? this.__highlighted;
    // Printing shows every point, as paper has no "Show all"; from the second update, as the first hydrates what a
    // server rendered (see firstUpdated).
    const everyPoint = this.__expanded || (printing && this.hasUpdated);
    const shown = everyPoint ? undefined : new Set(pointsBeforeShowAll(this.__shownCount, marked));
    const { phrase } = wording;
    return html`
      <article part="article" lang=${wording.lang} aria-labelledby="title">
        <header part="header">
          ${headings[this.__level - 1](html`<slot name="title">${wording.title}</slot>`, wording.titleLang)}
          <p part="byline">
            <span part="publisher" lang="en">${statement.publisher}</span> ·
            <time part="date" datetime=${statement.date}>${wording.date}</time>
            ${translationMark(wording)}
          </p>
        </header>
        <ol id="points" part="list" role="list">
          ${points.map((point) =>
            // Beyond the limit, a point is rendered only once shown: a limited statement costs what it shows.
            shown && !shown.has(point) ? nothing : this.__renderPoint(point, point === marked, wording),
          )}
        </ol>
        ${
          limited
            ? html`<button
                part="button toggle-button"
                aria-expanded=${this.__expanded ? 'true' : 'false'}
                aria-controls="points"
                @click=${() => (this.__expanded = !this.__expanded)}
              >
                ${this.__expanded ? phrase('showFewer') : phrase('showAll', { count: points.length })}
              </button>`
            : nothing
        }
        ${this.__href ? html`<p><a part="link" href=${this.__href}>${phrase('readFullStatement')}</a></p>` : nothing}
        <p part="status" role="status">${this.__copyStatus}</p>
      </article>
    `;
  }
}
