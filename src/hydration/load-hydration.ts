export type HydrationModule = typeof import('./hydrate.js');

let loading: Promise<HydrationModule | undefined> | undefined;

/**
 * The hydration module, `hydrate.js` beside the bundle, fetched once, for the first server-rendered widget (never on a
 * page without one); settled once the parser has finished the page too, as an `async` script may run while it still
 * writes a shadow root. Where it does not load (a copy of the bundle without it), server-rendered widgets are
 * rendered afresh: they still work.
 */
export const loadHydration = () =>
  (loading ??= Promise.all([
    import('./hydrate.js').catch(() => {
      console.warn('pa-statement-widget: hydrate.js did not load; server-rendered widgets are rendered afresh.');
      return undefined;
    }),
    document.readyState === 'loading' &&
      new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true })),
  ]).then(([hydration]) => hydration));
