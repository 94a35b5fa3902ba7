// The drop-in bundle's entry: Lit's hydration support first, which must patch LitElement before any element class
// extends it, so that prerendered widgets hydrate; then every element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './all.js';

// Its hook has served this bundle's LitElement; left on the page, it would patch another copy of Lit loaded later
// with this one's renderer.
delete (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;
