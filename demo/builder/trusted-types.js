// The Trusted Types policies that the site's pages create, by name: what the site's Content-Security-Policy allows
// (tools/build/hosting.js) and what the builder creates (demo/builder/prerender-client.ts). No import, so that the builder's page can
// load it too. docs/security.md, "Trusted Types", says which policies the widget's files create.

/** Lit's: every copy of lit-html creates it as it loads (the drop-in bundle, hydrate.js, the builder's own). */
export const LIT_POLICY = 'lit-html';

/** The builder's: it turns one address, its prerenderer's worker script, into what `new Worker()` accepts. */
export const BUILDER_POLICY = 'pa-statement-builder';
