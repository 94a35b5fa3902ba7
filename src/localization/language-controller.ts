import type { ReactiveController, ReactiveElement } from 'lit';
import { languageOf } from './language.js';
import { pageState } from './page-state.js';
import { loadLanguage } from './phrases.js';

/** Loads `widget`'s language if needed, then renders it again: after a `lang` change or a new translation. */
export const relocalize = (widget: ReactiveElement) =>
  Promise.resolve(loadLanguage(languageOf(widget))).then(() => widget.requestUpdate());

/**
 * Keeps its host in the language of the page: a change of `lang` that can reach the host (on the host, an ancestor,
 * a shadow host above it, `<html>`) renders it again, in a shadow root as in the document.
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly __host: ReactiveElement) {}

  hostConnected(): void {
    const observer = (pageState.observer ??= new MutationObserver(() => pageState.widgets.forEach(relocalize)));
    pageState.widgets.add(this.__host);
    // Watching a root again changes nothing. A root watched after its widgets left costs nothing until its `lang`
    // changes (a MutationObserver cannot stop watching one node alone, and holds none alive).
    const watch = (root: Node) => observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    for (let root = this.__host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watch(root);
    watch(document.documentElement);
    // Moved, or reconnected after the page's language changed: the language may be another now.
    if (this.__host.hasUpdated) void relocalize(this.__host);
  }

  hostDisconnected(): void {
    pageState.widgets.delete(this.__host);
  }
}
