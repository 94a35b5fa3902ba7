// Registers all three elements: the entry of the drop-in bundle and of `pa-statement-widget/all.js`.
// It exports `registerTranslation` too, so a page using only the bundle can give it an official translation.
import './statement/pa-statement.define.js';
import './statement-point/pa-statement-point.define.js';
import './statement-quote/pa-statement-quote.define.js';

export { registerTranslation } from './localization/translations.js';
