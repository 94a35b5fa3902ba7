// The drop-in bundle's entry: every element, and the translation API. Its hydration code is a module of its own
// (cdn/hydrate.js), which only a page holding a server-rendered widget loads.
export * from './all.js';
