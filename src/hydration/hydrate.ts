// The hydration module: loaded beside the drop-in bundle (cdn/hydrate.js), with its own copy of lit-html, only by a
// page that holds a server-rendered widget. It checks a server's tree before trusting it, hydrates it with
// `hydrate()` from `@lit-labs/ssr-client` (the public API of Lit's server rendering, scoped to one shadow root), and
// wakes the deferred widgets at the top level of the page when they are needed.
import { hydrate } from '@lit-labs/ssr-client';
import type { RenderOptions } from 'lit';
import { RENDER_KEY } from './render-key.js';

export { locator, mistrust, tellRenderingAfresh } from './check.js';
export { stopWaiting, wait } from './coordinator.js';

/**
 * Binds `value`, the element's template, to the server's tree in `root`, which becomes the element's own. The render
 * key, which only a server writes, goes: the element is then as the client renders it.
 */
export function hydrateTree(value: unknown, root: ShadowRoot, options: RenderOptions): void {
  hydrate(value, root, options);
  root.host.removeAttribute(RENDER_KEY);
}
