import { defineElement } from '../shared/pa-element.js';
import { PaStatementPoint } from './pa-statement-point.js';

defineElement('pa-statement-point', PaStatementPoint);

declare global {
  interface HTMLElementTagNameMap {
    'pa-statement-point': PaStatementPoint;
  }
}
