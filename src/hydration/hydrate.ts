// The hydration module: `hydrate.js` beside the drop-in bundle, loaded only by a page that holds a server-rendered
// widget. It drives the widgets with the bundle's own lit-html (the drop-in build lends it: see src/drop-in/; the
// npm build imports lit-html as any module does), and hydrates with `hydrate()` from `@lit-labs/ssr-client`, the
// public API of Lit's server rendering, scoped to one shadow root; then checks that what it hydrated is the widget's
// own, and renders afresh where it is not.
import { hydrate } from '@lit-labs/ssr-client';
import type { LitElement } from 'lit';
import { render } from 'lit/html.js';
import { nextTask } from '../shared/next-task.js';
import { hasMarkers, MARKERS_REMOVED, mismatchOf, tellRenderingAfresh, type Mismatch } from './check.js';

/**
 * Hydrates `widget`'s server-rendered `root` on its first update: `applyProperties` (`ReactiveElement`'s update)
 * applies the widget's properties, then `hydrate()` binds its template to the nodes in place of rendering them.
 * Whether it did; where it did not (the tree has no part markers, or Lit could not hydrate it: the check below then
 * says how it differs), it says why once in the console, and the widget renders afresh. In a task of its own after, the tree is checked against the widget's
 * own render (see `verify`). `changed`: the page changed the widget while it waited.
 */
export function hydrateServerTree(
  widget: LitElement,
  root: ShadowRoot,
  applyProperties: () => void,
  changed: boolean,
  renderAfresh: () => void,
): boolean {
  const value = (widget as unknown as { render(): unknown }).render();
  // Changed by the page while it waited, it is checked first: it most likely shows something else now.
  let mismatch: Mismatch | undefined = !hasMarkers(root)
    ? MARKERS_REMOVED
    : changed
      ? mismatchOf(root, renderedOffThePage(widget, value), changed)
      : undefined;
  if (!mismatch) {
    try {
      applyProperties();
      hydrate(value, root, widget.renderOptions);
      if (!changed) void nextTask().then(() => verify(widget, root, renderAfresh));
      return true;
    } catch (error) {
      // Said as the check would say it where it can: Lit's own message names its internals.
      mismatch = mismatchOf(root, renderedOffThePage(widget, value), changed) ?? {
        reason: `Lit could not hydrate it (${error instanceof Error ? error.message : error})`,
      };
    }
  }
  tellRenderingAfresh(widget, mismatch);
  return false;
}

/** `value`, `widget`'s render, rendered off the page, where nothing lays it out: what a reader must get. */
function renderedOffThePage(widget: LitElement, value: unknown): DocumentFragment {
  const fresh = document.createDocumentFragment();
  render(value, fresh, { host: widget });
  return fresh;
}

/**
 * Checks that the tree `widget` hydrated gives a reader exactly what its own render gives (see `mismatchOf`); where
 * it does not (its text or markup was changed, it is in another language), has it render afresh in this task
 * (`renderAfresh`: the element's, keeping the focus on the same control) and says why once. Apart from hydrating, so
 * that neither task blocks input for long.
 */
async function verify(widget: LitElement, root: ShadowRoot, renderAfresh: () => void): Promise<void> {
  await widget.updateComplete;
  const value = (widget as unknown as { render(): unknown }).render();
  const mismatch = mismatchOf(root, renderedOffThePage(widget, value), false);
  if (!mismatch) return;
  renderAfresh();
  tellRenderingAfresh(widget, mismatch);
}

export { unwatch, watch } from './coordinator.js';
