// The drop-in bundle's entry (cdn/pa-statement-widget.js): every element, and its lit-html lent to hydrate.js
// (lend-lit-html.ts). This folder holds what only the drop-in files carry; the npm build leaves it out.
import './lend-lit-html.js';

export * from '../all.js';
