import { defineElement } from '../shared/pa-element.js';
import { PaStatement } from './pa-statement.js';

defineElement('pa-statement', PaStatement);

declare global {
  interface HTMLElementTagNameMap {
    'pa-statement': PaStatement;
  }
}
