import { PaStatementQuote, type QuoteChangeDetail } from './pa-statement-quote.js';

// A page may load the drop-in bundle twice, or it and the npm build: a second define would throw. Node (server
// rendering) has no registry.
if (globalThis.customElements && !customElements.get('pa-statement-quote'))
  customElements.define('pa-statement-quote', PaStatementQuote);

declare global {
  interface HTMLElementTagNameMap {
    'pa-statement-quote': PaStatementQuote;
  }
  interface HTMLElementEventMap {
    'pa-quote-change': CustomEvent<QuoteChangeDetail>;
  }
}
