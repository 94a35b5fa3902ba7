// The hydration module: `hydrate.js` beside the drop-in bundle, loaded only by a page that holds a server-rendered
// widget. It drives the widgets with the bundle's own lit-html (the drop-in build lends it: see lend-lit-html.ts; the
// npm build imports lit-html as any module does), and hydrates with `hydrate()` from `@lit-labs/ssr-client`, the
// public API of Lit's server rendering, scoped to one shadow root: only where the tree is what the widget renders now.
import { hydrate } from '@lit-labs/ssr-client';
import type { LitElement } from 'lit';
import { render } from 'lit/html.js';
import { mismatchOf, tellRenderingAfresh, type Mismatch } from './check.js';

/**
 * Hydrates `widget`'s server-rendered `root` on its first update where it is what the widget renders now (see
 * `mismatchOf`): `applyProperties` (`ReactiveElement`'s update) applies the widget's properties, then `hydrate()`
 * binds its template to the nodes in place of rendering them. Whether it did; where it did not (the tree differs, or
 * Lit could not hydrate it), it says why once in the console, and the widget renders afresh. `changed`: the page
 * changed the widget while it waited.
 */
export function hydrateServerTree(
  widget: LitElement,
  root: ShadowRoot,
  applyProperties: () => void,
  changed: boolean,
): boolean {
  const value = (widget as unknown as { render(): unknown }).render();
  // The element's own render, off the page, where nothing lays it out: what a reader must get.
  const fresh = document.createDocumentFragment();
  render(value, fresh, { host: widget });
  let mismatch: Mismatch | undefined = mismatchOf(root, fresh, changed);
  if (!mismatch) {
    try {
      applyProperties();
      hydrate(value, root, widget.renderOptions);
      return true;
    } catch (error) {
      mismatch = { reason: `Lit could not hydrate it (${error instanceof Error ? error.message : error})` };
    }
  }
  tellRenderingAfresh(widget, mismatch);
  return false;
}

export { unwatch, watch } from './coordinator.js';
