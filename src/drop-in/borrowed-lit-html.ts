// lit-html as the drop-in build of `hydrate.js` sees it (vite.config.ts puts this module in its place): the lit-html
// of the bundle beside it, lent as the bundle ran (lend-lit-html.ts), so that hydration binds with the very classes
// that render the widgets. Only that bundle imports hydrate.js, after it ran.
import { folderOf } from '../shared/folder-of.js';
import { litHtmlLoans } from './lit-html-loans.js';

const lent = litHtmlLoans().get(folderOf(import.meta.url));
if (!lent) throw new Error('hydrate.js runs beside pa-statement-widget.js, which loads it');

export const { _$LH, noChange, render } = lent;
