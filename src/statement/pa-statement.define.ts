import { PaStatement } from './pa-statement.js';

// A page may load the drop-in bundle twice, or it and the npm build: a second define would throw. Node (server
// rendering) has no registry.
if (globalThis.customElements && !customElements.get('pa-statement'))
  customElements.define('pa-statement', PaStatement);

declare global {
  interface HTMLElementTagNameMap {
    'pa-statement': PaStatement;
  }
}
