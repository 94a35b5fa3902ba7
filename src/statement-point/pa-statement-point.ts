import { html, nothing, type PropertyValues } from 'lit';
import { findPoint, validPointKeys, type StatementPoint } from '../content/statement.js';
import { attribution } from '../base/attribution.js';
import { PaElement } from '../base/pa-element.js';
import { linkProperty } from '../shared/property-values.js';
import { warnInvalid } from '../shared/warn.js';
import { pointStyles } from './pa-statement-point.styles.js';

/**
 * One point of the Progressive Alliance statement on Belarus, verbatim, with its attribution:
 * for quoting a single demand in an article.
 *
 * While `point` names no point the element renders nothing, warns once in the console and carries
 * the `invalid` attribute; it recovers as soon as `point` is corrected.
 *
 * @tag pa-statement-point
 * @summary A single point of the statement, quoted with its attribution.
 *
 * @csspart figure - The `figure` around quote and attribution.
 * @csspart quote - The `blockquote` holding the point's text.
 * @csspart text - The paragraph of the point's text.
 * @csspart attribution - The `figcaption`: publisher, date, position and link.
 * @csspart publisher - "Progressive Alliance" in the attribution.
 * @csspart date - The statement's date in the attribution.
 * @csspart position - "Point 4 of 11" in the attribution.
 * @csspart translation - "Translation: …" in the attribution, where a partner's translation is shown.
 * @csspart link - The "Read the full statement" link.
 */
export class PaStatementPoint extends PaElement {
  static override styles = [PaElement.styles, pointStyles];

  static override properties = {
    point: {},
    excerpt: { type: Boolean },
    href: {},
  };

  /** The point to show: its number (1–11) or its slug, e.g. `4` or `torture`. */
  point: string | number = '';

  /** Shows the point's one-sentence verbatim quote instead of its full text, as a pull quote. */
  excerpt = false;

  /** Address of the full statement, an http(s) address or one relative to the page; the attribution links to it. */
  href?: string;

  private __shown?: StatementPoint;
  private __href?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('href')) this.__href = linkProperty(this, 'href');
    if (!changed.has('point')) return;
    const lookup = findPoint(this.point);
    this.__shown = lookup.ok ? lookup.point : undefined;
    this.toggleAttribute('invalid', !lookup.ok);
    if (!lookup.ok) warnInvalid(this, 'point', this.point, validPointKeys);
  }

  protected override render() {
    const point = this.__shown;
    if (!point) return nothing;
    const wording = this.wording;
    return html`
      <figure part="figure" lang=${wording.lang}>
        <blockquote part="quote" lang=${wording.textLang} cite=${this.__href || nothing}>
          <p part="text">${this.excerpt ? wording.quoteOf(point) : wording.textOf(point)}</p>
        </blockquote>
        ${attribution(point, wording, this.__href)}
      </figure>
    `;
  }
}
