import { defineElement } from '../base/pa-element.js';
import { TAG_NAMES } from '../tag-names.js';
import { PaStatementQuote, type QuoteChangeDetail } from './pa-statement-quote.js';

defineElement(TAG_NAMES.quote, PaStatementQuote);

declare global {
  interface HTMLElementTagNameMap {
    [TAG_NAMES.quote]: PaStatementQuote;
  }
  interface HTMLElementEventMap {
    'pa-quote-change': CustomEvent<QuoteChangeDetail>;
  }
}
