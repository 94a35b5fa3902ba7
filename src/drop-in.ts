// The drop-in bundle's entry (cdn/pa-statement-widget.js): every element, and its lit-html lent to hydrate.js.
import './hydration/lend-lit-html.js';

export * from './all.js';
