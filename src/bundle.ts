// The drop-in bundle's entry: Lit's hydration support first, which must patch LitElement before any element class
// extends it, so that prerendered widgets hydrate; then every element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './all.js';
