// Part of the drop-in bundle only: it lends its lit-html to the `hydrate.js` beside it, which the drop-in build
// compiles against the borrowed one (borrowed-lit-html.ts), so that one lit-html drives every widget of the page.
import { _$LH, noChange, render } from 'lit/html.js';
import { folderOf } from '../shared/folder-of.js';
import { litHtmlLoans } from './lit-html-loans.js';

litHtmlLoans().set(folderOf(import.meta.url), { _$LH, noChange, render });
