import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { findPoint, points, validPointKeys, type StatementPoint } from '../content/statement.js';
import { attribution } from '../shared/attribution.js';
import { PaElement } from '../shared/pa-element.js';
import { strings } from '../shared/strings.js';
import { warnInvalid } from '../shared/warn.js';
import { quoteStyles } from './pa-statement-quote.styles.js';
import { RotationController } from './rotation-controller.js';

const TAG = 'pa-statement-quote';
const DEFAULT_INTERVAL_SECONDS = 8;
const MIN_INTERVAL_SECONDS = 4;

/** Detail of the `pa-quote-change` event: the point now shown. */
export interface QuoteChangeDetail {
  number: number;
  slug: string;
}

const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">${svg`<path d=${path} />`}</svg>`;

/**
 * A rotating quote from the Progressive Alliance statement on Belarus: one verbatim sentence of each
 * point in turn, with its attribution. Follows the WAI-ARIA carousel pattern: the first control stops
 * and starts rotation; keyboard focus inside stops it; hover pauses it; with reduced motion it starts stopped.
 *
 * @summary A rotating quote, following the WAI-ARIA carousel pattern.
 *
 * @fires {CustomEvent<QuoteChangeDetail>} pa-quote-change - The shown quote changed; `detail` has its `number` and `slug`.
 *
 * @csspart carousel - The region around controls and quotes.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart rotation-button - The start/stop rotation button (with `button`).
 * @csspart previous-button - The "Previous quote" button (with `button`).
 * @csspart next-button - The "Next quote" button (with `button`).
 * @csspart slides - The area holding the quotes, as tall as the tallest.
 * @csspart slide - Each quote with its attribution.
 * @csspart quote - The `blockquote` of a quote.
 * @csspart text - The quoted text.
 * @csspart attribution - Publisher, date, position and link under a quote.
 * @csspart publisher - "Progressive Alliance" in the attribution.
 * @csspart date - The statement's date in the attribution.
 * @csspart position - "Point 4 of 11" in the attribution.
 * @csspart link - The "Read the full statement" link.
 */
export class PaStatementQuote extends PaElement {
  static override styles = [PaElement.styles, quoteStyles];

  /** Which points to rotate, in order: numbers or slugs separated by commas, e.g. `2,4,torture`. All by default. */
  @property() points?: string | null;

  /** Rotates the points' full texts instead of their one-sentence quotes. */
  @property({ type: Boolean }) full = false;

  /** Seconds each quote is shown; at least 4. */
  @property() interval: string | number = DEFAULT_INTERVAL_SECONDS;

  /** URL of the full statement; when set, each attribution links to it. */
  @property() href?: string;

  @state() private index = 0;
  private quoted: readonly StatementPoint[] = points;
  private readonly rotation = new RotationController(this, () => this.show(this.index + 1));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('points')) this.quoted = this.parsePoints();
    if (changed.has('interval')) this.rotation.intervalMs = this.parseInterval() * 1000;
  }

  private parsePoints(): readonly StatementPoint[] {
    this.index = 0;
    if (this.points == null) return points;
    const keys = this.points.split(',');
    const found = keys.map((key) => findPoint(key));
    const quoted = found.flatMap((lookup) => (lookup.ok ? [lookup.point] : []));
    const unknown = keys.filter((_, position) => !found[position]!.ok);
    this.toggleAttribute('invalid', quoted.length === 0);
    if (unknown.length > 0) warnInvalid(TAG, 'points', this.points, `comma-separated points, each ${validPointKeys}`);
    return quoted;
  }

  private parseInterval(): number {
    const seconds = Number(this.interval);
    if (Number.isFinite(seconds) && seconds >= MIN_INTERVAL_SECONDS) return seconds;
    const fallback = Number.isFinite(seconds) && seconds > 0 ? MIN_INTERVAL_SECONDS : DEFAULT_INTERVAL_SECONDS;
    warnInvalid(TAG, 'interval', this.interval, `a number of seconds of at least ${MIN_INTERVAL_SECONDS}; using ${fallback}`);
    return fallback;
  }

  /** Shows the quote at `index`, wrapping around, and times a full interval for it. */
  private show(index: number): void {
    const count = this.quoted.length;
    this.index = (index + count) % count;
    const { number, slug } = this.quoted[this.index]!;
    this.dispatchEvent(
      new CustomEvent<QuoteChangeDetail>('pa-quote-change', { detail: { number, slug }, bubbles: true, composed: true }),
    );
    this.rotation.restart();
  }

  private toggleRotation(): void {
    if (this.rotation.rotating) this.rotation.stop();
    else this.rotation.start();
  }

  protected override render() {
    const count = this.quoted.length;
    if (count === 0) return nothing;
    const rotating = this.rotation.rotating;
    return html`
      <section part="carousel" role="region" aria-roledescription="carousel" aria-label=${strings.quotesLabel}>
        <div part="controls">
          <button part="button rotation-button" @click=${this.toggleRotation}>
            ${icon(rotating ? 'M7 5h3v14H7zm7 0h3v14h-3z' : 'M8 5v14l11-7z')}
            <span class="label">${rotating ? strings.stopRotation : strings.startRotation}</span>
          </button>
          <button part="button previous-button" aria-controls="slides" @click=${() => this.show(this.index - 1)}>
            ${icon('M15 5l-7 7 7 7')}<span class="label">${strings.previousQuote}</span>
          </button>
          <button part="button next-button" aria-controls="slides" @click=${() => this.show(this.index + 1)}>
            ${icon('M9 5l7 7-7 7')}<span class="label">${strings.nextQuote}</span>
          </button>
        </div>
        <div id="slides" part="slides" aria-live=${rotating ? 'off' : 'polite'}>
          ${this.quoted.map(
            (point, position) => html`
              <figure
                part="slide"
                role="group"
                aria-roledescription="slide"
                aria-label=${strings.slideOf(position + 1, count)}
                class=${position === this.index ? 'current' : ''}
                ?inert=${position !== this.index}
              >
                <blockquote part="quote" lang="en">
                  <p part="text">${this.full ? point.text : point.quote}</p>
                </blockquote>
                ${attribution(point, this.language, this.href)}
              </figure>
            `,
          )}
        </div>
      </section>
    `;
  }
}
