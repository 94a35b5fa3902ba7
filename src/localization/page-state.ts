import type { ReactiveElement } from 'lit';
import type { Formats, Phrases, RegisteredTranslation } from './types.js';

/**
 * What the widgets of a page share, kept once per page on `globalThis`: a page may load two copies of the code (the
 * bundle under two URLs, `?ver=` appended by a CMS, or the bundle and the npm build; the hydration module is a copy
 * too), and a translation registered through one copy must reach the elements another defined. The key names the
 * shape: a later, different shape takes another key.
 */
export interface PageState {
  /** The phrases of each language loaded, by primary subtag; English is built in. */
  phrases: Map<string, Phrases>;
  /** Each language module asked for, settled once it loaded or failed. */
  loading: Map<string, Promise<unknown>>;
  /** Partner translations of the statement, by lower-case language tag. */
  translations: Map<string, RegisteredTranslation>;
  /** Told when a translation is registered: widgets still waiting to hydrate must show it. */
  translationListeners: Set<() => void>;
  formats: Map<string, Formats>;
  /** The connected widgets, rendered again when their language or translation changes. */
  widgets: Set<ReactiveElement>;
  /** Watches `lang` in the document and in each shadow root a widget has connected in. */
  observer?: MutationObserver;
}

const PAGE_STATE = Symbol.for('pa-statement-widget.v2');

export const pageState: PageState = ((globalThis as { [PAGE_STATE]?: PageState })[PAGE_STATE] ??= {
  phrases: new Map(),
  loading: new Map(),
  translations: new Map(),
  translationListeners: new Set(),
  formats: new Map(),
  widgets: new Set(),
});
