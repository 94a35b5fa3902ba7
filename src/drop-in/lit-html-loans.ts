import type * as LitHtml from 'lit/html.js';

/** What `hydrate.js` uses of lit-html: what `@lit-labs/ssr-client` imports, and `render`. */
export type LitHtmlLoan = Pick<typeof LitHtml, '_$LH' | 'noChange' | 'render'>;

const LOANS = Symbol.for('pa-statement-widget.lit-html');

/**
 * Where drop-in bundles lend their lit-html to the `hydrate.js` beside them (see `lend-lit-html.ts`), on
 * `globalThis`: by the folder both were loaded from, so that two releases on one page each lend to their own.
 */
export const litHtmlLoans = () => ((globalThis as { [LOANS]?: Map<string, LitHtmlLoan> })[LOANS] ??= new Map());
