// Registers all three elements and exports nothing: the entry of the drop-in bundle and of
// `pa-statement-widget/all.js`. The classes and content are exported by the package root, index.ts.
import './statement/pa-statement.define.js';
import './statement-point/pa-statement-point.define.js';
import './statement-quote/pa-statement-quote.define.js';
