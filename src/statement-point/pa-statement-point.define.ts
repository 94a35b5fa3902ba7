import { PaStatementPoint } from './pa-statement-point.js';

// A page may load the drop-in bundle twice, or it and the npm build: a second define would throw. Node (server
// rendering) has no registry.
if (globalThis.customElements && !customElements.get('pa-statement-point'))
  customElements.define('pa-statement-point', PaStatementPoint);

declare global {
  interface HTMLElementTagNameMap {
    'pa-statement-point': PaStatementPoint;
  }
}
