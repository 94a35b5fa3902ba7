// Registers all three elements: the entry of the drop-in bundle and of `pa-statement-widget/all.js`.
import './statement/pa-statement.define.js';
import './statement-point/pa-statement-point.define.js';
import './statement-quote/pa-statement-quote.define.js';

export * from './index.js';
