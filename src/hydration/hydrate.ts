// The hydration module: loaded beside the drop-in bundle (cdn/hydrate.js), with its own copy of lit-html, only by a
// page that holds a server-rendered widget. It checks a server's tree before trusting it, hydrates it with
// `hydrate()` from `@lit-labs/ssr-client` (the public API of Lit's server rendering, scoped to one shadow root), and
// wakes the deferred widgets at the top level of the page when they are needed.
import { hydrate } from '@lit-labs/ssr-client';
import type { RenderOptions } from 'lit';
import { locator, mistrust, tellRenderingAfresh } from './check.js';
import type { KeyedElement } from './render-key.js';

export { locator };
export { stopWaiting, wait } from './coordinator.js';

/**
 * Hydrates `widget`'s server-rendered `root` on its first update, where the check trusts it: `applyProperties`
 * (`ReactiveElement`'s update) applies the widget's properties, then `hydrate()` binds its template to the nodes in
 * place of rendering them. Whether it did; where it did not
 * (the check failed, or Lit's hydration threw), it says why once in the console, and the widget renders afresh.
 */
export function hydrateServerTree(widget: KeyedElement, root: ShadowRoot, applyProperties: () => void): boolean {
  let reason = mistrust(widget, root);
  if (!reason) {
    try {
      const value = (widget as unknown as { render(): unknown }).render();
      applyProperties();
      hydrate(value, root, widget.renderOptions as RenderOptions);
      return true;
    } catch (error) {
      reason = { reason: `Lit could not hydrate it (${error instanceof Error ? error.message : error})` };
    }
  }
  tellRenderingAfresh(widget, reason);
  return false;
}
