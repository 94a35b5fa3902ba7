import { LitElement, type CSSResultGroup } from 'lit';
import { baseStyles } from './base.styles.js';
import { languageOf } from './locale.js';

/**
 * What the three widgets share: the design tokens below and the language of their chrome.
 *
 * @cssprop --pa-font-family - Font of the widget. Default: inherited from the page.
 * @cssprop --pa-font-size - Base font size. Default: `1em` (the inherited size).
 * @cssprop --pa-line-height - Line height. Default: `1.5`.
 * @cssprop --pa-color-text - Text colour. Default: inherited from the page.
 * @cssprop --pa-color-background - Background. Default: `transparent`.
 * @cssprop --pa-color-accent - Links, rules, highlights and focus rings. Default: `light-dark(#1f4fb8, #9ec1ff)`.
 * @cssprop --pa-color-muted - Secondary text: dates, attributions. Default: `light-dark(#595959, #b8b8b8)`.
 * @cssprop --pa-color-border - Borders of controls. Default: `light-dark(#767676, #8c8c8c)`.
 * @cssprop --pa-color-highlight - Background of a highlighted point. Default: `light-dark(#fff4c2, #3d3411)`.
 * @cssprop --pa-border-radius - Corner radius of controls. Default: `0.375em`.
 * @cssprop --pa-spacing - Base spacing unit. Default: `1em`.
 * @cssprop --pa-max-width - Widest the widget grows, for a readable measure. Default: `40em`.
 * @cssprop --pa-quote-font-size - Size of quoted text. Default: `1.25em`.
 */
export class PaElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The language for dates and labels around the statement. */
  protected get language(): string {
    return languageOf(this);
  }
}
