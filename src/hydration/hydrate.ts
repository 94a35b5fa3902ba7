// The hydration module: loaded beside the drop-in bundle (cdn/hydrate.js), with its own copy of lit-html, only by a
// page that holds a server-rendered widget. It checks a server's tree before trusting it, hydrates it with
// `hydrate()` from `@lit-labs/ssr-client` (the public API of Lit's server rendering, scoped to one shadow root), and
// wakes the deferred widgets at the top level of the page when they are needed.
export { hydrate } from '@lit-labs/ssr-client';
export { locator, mistrust, tellRenderingAfresh } from './check.js';
export { stopWaiting, wait } from './coordinator.js';
