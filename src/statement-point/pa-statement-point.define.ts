import { defineElement } from '../base/pa-element.js';
import { TAG_NAMES } from '../tag-names.js';
import { PaStatementPoint } from './pa-statement-point.js';

defineElement(TAG_NAMES.point, PaStatementPoint);

declare global {
  interface HTMLElementTagNameMap {
    [TAG_NAMES.point]: PaStatementPoint;
  }
}
