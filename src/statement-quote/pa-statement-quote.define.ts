import { defineElement } from '../shared/pa-element.js';
import { PaStatementQuote, type QuoteChangeDetail } from './pa-statement-quote.js';

defineElement('pa-statement-quote', PaStatementQuote);

declare global {
  interface HTMLElementTagNameMap {
    'pa-statement-quote': PaStatementQuote;
  }
  interface HTMLElementEventMap {
    'pa-quote-change': CustomEvent<QuoteChangeDetail>;
  }
}
