import { html, nothing, type PropertyValues } from 'lit';
import { points, pointsNamed, validPointKeys, type StatementPoint } from '../content/statement.js';
import { attribution } from '../base/attribution.js';
import { PaElement } from '../base/pa-element.js';
import { asNumber, listAttribute, listOf, linkProperty, textProperty } from '../shared/property-values.js';
import { warnInvalid } from '../shared/warn.js';
import { quoteStyles } from './pa-statement-quote.styles.js';
import { RotationController } from './rotation-controller.js';

/** Seconds each quote shows unless `interval` says otherwise. */
export const DEFAULT_INTERVAL_SECONDS = 8;
/** The least `interval`: a quote must stay long enough to read. */
export const MIN_INTERVAL_SECONDS = 4;

/** Detail of the `pa-quote-change` event: the point now shown. */
export interface QuoteChangeDetail {
  number: number;
  slug: string;
}

const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"><path d=${path} /></svg>`;

/**
 * A rotating quote from the Progressive Alliance statement on Belarus: one verbatim sentence of each
 * point in turn, with its attribution. Follows the WAI-ARIA carousel pattern: the first control stops
 * and starts rotation, keyboard focus inside stops it, pointer hover pauses it, and with reduced motion
 * it starts stopped. Every quote stays in one grid cell, so the widget keeps the tallest one's height.
 *
 * @tag pa-statement-quote
 * @summary A rotating quote, following the WAI-ARIA carousel pattern.
 *
 * @fires {CustomEvent<QuoteChangeDetail>} pa-quote-change - The shown quote changed; `detail` has its `number` and `slug`.
 *
 * @csspart carousel - The region around controls and quotes.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart rotation-button - The button that stops and starts rotation (with `button`).
 * @csspart previous-button - The "Previous quote" button (with `button`).
 * @csspart next-button - The "Next quote" button (with `button`).
 * @csspart slides - The area holding the quotes.
 * @csspart slide - Each quote with its attribution.
 * @csspart figure - The `figure` around a quote and its attribution.
 * @csspart quote - The `blockquote` of a quote.
 * @csspart text - The quoted text.
 * @csspart attribution - Publisher, date, position and link under a quote.
 * @csspart publisher - "Progressive Alliance" in the attribution.
 * @csspart date - The statement's date in the attribution.
 * @csspart position - "Point 4 of 11" in the attribution.
 * @csspart translation - "Translation: …" in the attribution, where a partner's translation is shown.
 * @csspart link - The "Read the full statement" link.
 */
export class PaStatementQuote extends PaElement {
  static override styles = [PaElement.styles, quoteStyles];

  static override properties = {
    points: { converter: listAttribute },
    full: { type: Boolean },
    interval: { type: Number },
    href: {},
    label: {},
    __index: { state: true },
  };

  /**
   * Which points to rotate, in order, each once: their numbers or slugs, e.g. `[2, 4, 'torture']`; the attribute
   * separates them by commas, `points="2,4,torture"`. All when unset or empty (`points=""`).
   */
  points?: readonly (number | string)[] | null;

  /** Rotates the points' full texts instead of their one-sentence quotes. */
  full = false;

  /** Seconds each quote is shown; at least 4. */
  interval: number = DEFAULT_INTERVAL_SECONDS;

  /** Address of the full statement, an http(s) address or one relative to the page; each attribution links to it. */
  href?: string;

  /** Accessible name of the carousel, for a page with more than one; by default it names the statement. */
  label?: string;

  private __index = 0;
  private __href?: string;
  private __label?: string;
  /** The point now shown, until `pa-quote-change` tells the page, once it is rendered. */
  private __unannounced?: StatementPoint;
  private __quoted: readonly StatementPoint[] = points;
  private readonly __rotation = new RotationController(
    this,
    () => this.__show(this.__index + 1),
    DEFAULT_INTERVAL_SECONDS * 1000,
  );

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('points')) {
      const shownBefore = this.__quoted[this.__index];
      this.__quoted = this.__parsePoints();
      this.__index = 0;
      this.__rotation.setPaused('single', this.__quoted.length < 2);
      if (this.hasUpdated) this.__quoteChanged(shownBefore);
    }
    if (changed.has('href')) this.__href = linkProperty(this, 'href');
    if (changed.has('label')) this.__label = textProperty(this, 'label');
    if (changed.has('interval')) {
      this.__rotation.intervalMs = this.__parseInterval() * 1000;
      // Rotation may already be timed with the default: the widget came into view before its first render.
      this.__rotation.restart();
    }
  }

  /** The points named, each once, in order: at most the statement's 11, whatever the list's length. */
  private __parsePoints(): readonly StatementPoint[] {
    const keys = listOf(this.points);
    const quoted = pointsNamed(keys);
    this.toggleAttribute('invalid', keys.length > 0 && quoted.length === 0);
    if (quoted.length < keys.length) {
      warnInvalid(this, 'points', this.points, `numbers or slugs separated by commas, each once and ${validPointKeys}`);
    }
    return keys.length > 0 ? quoted : points;
  }

  private __parseInterval(): number {
    const seconds = asNumber(this.interval ?? DEFAULT_INTERVAL_SECONDS);
    if (seconds >= MIN_INTERVAL_SECONDS) return seconds;
    const fallback = seconds > 0 ? MIN_INTERVAL_SECONDS : DEFAULT_INTERVAL_SECONDS;
    warnInvalid(this, 'interval', this.interval, `seconds, at least ${MIN_INTERVAL_SECONDS} (using ${fallback})`);
    return fallback;
  }

  /** Shows the quote at `index`, wrapping around. */
  private __show(index: number): void {
    const shownBefore = this.__quoted[this.__index];
    const count = this.__quoted.length;
    if (count > 0) this.__index = (index + count) % count;
    this.__quoteChanged(shownBefore);
  }

  /** After a change of quote: if another point shows, tells the page once it is rendered; times a full interval. */
  private __quoteChanged(shownBefore?: StatementPoint): void {
    const shown = this.__quoted[this.__index];
    if (shown && shown !== shownBefore) this.__unannounced = shown;
    this.__rotation.restart();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const shown = this.__unannounced;
    if (!shown) return;
    this.__unannounced = undefined;
    this.dispatchEvent(
      new CustomEvent<QuoteChangeDetail>('pa-quote-change', {
        detail: { number: shown.number, slug: shown.slug },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private __toggleRotation(): void {
    if (this.__rotation.rotating) this.__rotation.stop();
    else this.__rotation.start();
  }

  protected override render() {
    const count = this.__quoted.length;
    if (count === 0) return nothing;
    const rotating = this.__rotation.rotating;
    const wording = this.wording;
    const { phrase } = wording;
    return html`
      <section
        part="carousel"
        lang=${wording.lang}
        role="region"
        aria-roledescription=${phrase('carousel')}
        aria-label=${this.__label || phrase('quotesLabel')}
      >
        <div part="controls">
          <button
            part="button rotation-button"
            aria-label=${phrase(rotating ? 'stopRotation' : 'startRotation')}
            @click=${this.__toggleRotation}
          >
            ${icon(rotating ? 'M7 5h3v14H7zm7 0h3v14h-3z' : 'M8 5v14l11-7z')}
          </button>
          <button
            part="button previous-button"
            aria-label=${phrase('previousQuote')}
            aria-controls="slides"
            @click=${() => this.__show(this.__index - 1)}
          >
            ${icon('M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z')}
          </button>
          <button
            part="button next-button"
            aria-label=${phrase('nextQuote')}
            aria-controls="slides"
            @click=${() => this.__show(this.__index + 1)}
          >
            ${icon('M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z')}
          </button>
        </div>
        <div id="slides" part="slides" aria-live=${rotating ? 'off' : 'polite'}>
          ${this.__quoted.map(
            (point, position) => html`
              <div
                part="slide"
                role="group"
                aria-roledescription=${phrase('slide')}
                aria-label=${phrase('slideOf', { position: position + 1, count })}
                class=${position === this.__index ? 'current' : ''}
                ?inert=${position !== this.__index}
              >
                <figure part="figure">
                  <blockquote part="quote" lang=${wording.textLang}>
                    <p part="text">${this.full ? wording.textOf(point) : wording.quoteOf(point)}</p>
                  </blockquote>
                  ${attribution(point, wording, this.__href)}
                </figure>
              </div>
            `,
          )}
        </div>
      </section>
    `;
  }
}
