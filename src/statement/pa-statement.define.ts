import { defineElement } from '../base/pa-element.js';
import { TAG_NAMES } from '../tag-names.js';
import { PaStatement } from './pa-statement.js';

defineElement(TAG_NAMES.statement, PaStatement);

declare global {
  interface HTMLElementTagNameMap {
    [TAG_NAMES.statement]: PaStatement;
  }
}
