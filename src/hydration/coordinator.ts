import type { ReactiveElement } from 'lit';
import { page } from '../localization/page-state.js';
import { nextTask } from '../shared/next-task.js';
import { locator, mistrust } from './check.js';
import { DEFER_HYDRATION, HELD_CONTROL, POINT_ID_PREFIX, WAKING_INPUT, type Need } from './protocol.js';
import type { EarlyInput } from './hydratable-element.js';
import type { KeyedElement } from './render-key.js';

/** How long a widget in view may wait for the browser to be idle before it hydrates anyway. */
const IDLE_TIMEOUT_MS = 1000;

const namesAPoint = (hash: string) => hash.startsWith(`#${POINT_ID_PREFIX}`);

type Widget = KeyedElement & { serverRendered?: ShadowRoot };

/** The widgets waiting, each with what stops its watchers. */
const waiting = new Map<Widget, () => void>();

const needOf = (widget: Widget) => (widget.constructor as { hydrateWhen?: Need }).hydrateWhen;

/** Ends `widget`'s wait; `stopWaiting` when it leaves the page. */
export function stopWaiting(widget: Widget): void {
  waiting.get(widget)?.();
  waiting.delete(widget);
}

/** Hydrates `widget`: removing `defer-hydration` connects it (see `HydratableElement`). */
function wake(widget: Widget): void {
  stopWaiting(widget);
  widget.removeAttribute(DEFER_HYDRATION);
}

const wakeAll = (need?: Need) => waiting.forEach((_, widget) => (!need || needOf(widget) === need) && wake(widget));

let changes: MutationObserver | undefined;
let seen: IntersectionObserver;

/** Starts watching the page, for the first widget that waits. */
function watchPage(): MutationObserver {
  // An attribute of a waiting widget changed, or a `lang` above it: what it shows must change.
  const observer = new MutationObserver((records) => {
    for (const { target } of records) waiting.forEach((_, widget) => target.contains(widget) && wake(widget));
  });
  observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  seen = new IntersectionObserver((entries) => {
    for (const { isIntersecting, target } of entries) {
      if (!isIntersecting) continue;
      seen.unobserve(target);
      const widget = target as Widget;
      const woken = () => waiting.has(widget) && wake(widget);
      if ('requestIdleCallback' in window) requestIdleCallback(woken, { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(woken, IDLE_TIMEOUT_MS);
    }
  });
  addEventListener('hashchange', () => namesAPoint(location.hash) && wakeAll('all-points'));
  // Before the print layout: a statement hydrates, then renders the points it was not prerendered with, in microtasks.
  addEventListener('beforeprint', () => wakeAll('all-points'));
  page.translationListeners.add(() => wakeAll());
  return observer;
}

/**
 * Clicks the button that `target` is in once `widget` is live, for a click held while it hydrated:
 * the first click on "Show all" expands, the first on Next changes the quote. Whether there was such a control.
 */
function replayWhenLive(widget: Widget, target: EventTarget): boolean {
  const root = widget.shadowRoot;
  const control = (target as Element).closest?.(HELD_CONTROL);
  if (!root || !control) return false;
  const find = locator(root, control);
  void widget.updateComplete.then(() => (find() as HTMLElement | undefined)?.click());
  return true;
}

/** Clicks on buttons wait for the widget to be live; links are followed as they are. */
function holdClick(event: Event): void {
  const widget = event.currentTarget as Widget;
  if (widget.hasUpdated) return widget.removeEventListener('click', holdClick, true);
  if (!replayWhenLive(widget, event.composedPath()[0])) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  if (waiting.has(widget)) wake(widget);
}

/** Whether another owner hydrates `widget`: a server-rendered parent whose shadow root holds it, or an island. */
const ownedByParent = (widget: Element) =>
  widget.getRootNode() !== widget.ownerDocument ||
  Boolean(widget.parentElement?.closest(`[${DEFER_HYDRATION}], is-land`));

/**
 * Checks the tree as soon as its language is here, before any input can arrive: one that cannot be hydrated (a CMS
 * filter rewrote it, the page is in another language) is woken at once, to be rendered afresh, rather than kept.
 */
async function checkEarly(widget: Widget): Promise<void> {
  // The widgets asked for their languages as they connected.
  await Promise.all(page.loading.values());
  // Each widget's check in a task of its own: a page of widgets never blocks input for long.
  await nextTask();
  const root = widget.serverRendered;
  if (waiting.has(widget) && root && mistrust(widget, root)) wake(widget);
}

/**
 * Keeps a deferred widget at the top level of the page waiting until it is needed, not on load: on input (pointer,
 * focus, key), when an attribute or the language changes or a translation is registered; a statement also for an
 * address naming one of its points; a quote once seen, in idle time. One without a declarative shadow root (a
 * browser without them, a clone of a template's content) has nothing to hydrate and renders at once. Those inside a
 * server-rendered parent or an island wait for it.
 */
export function wait(widget: Widget, early: EarlyInput[] = []): void {
  // Clicks the bundle held while this module loaded (see HydratableElement).
  for (const { type, target } of early) if (type === 'click') replayWhenLive(widget, target);
  if (waiting.has(widget) || ownedByParent(widget)) return;
  // Until it is live, from whatever wakes it.
  widget.addEventListener('click', holdClick, { capture: true });
  // Nothing to wait for: no tree to hydrate, input already, or woken by the page while this module loaded.
  if (!widget.shadowRoot || early.length > 0 || !widget.hasAttribute(DEFER_HYDRATION)) {
    return widget.removeAttribute(DEFER_HYDRATION);
  }
  changes ??= watchPage();
  const listening = new AbortController();
  for (const type of WAKING_INPUT)
    widget.addEventListener(type, () => wake(widget), { capture: true, signal: listening.signal });
  // Its own attributes, not those a page's scripts set on any element (class, style).
  const attributes = (widget.constructor as typeof ReactiveElement).observedAttributes;
  changes.observe(widget, { attributeFilter: attributes.filter((name) => name !== DEFER_HYDRATION) });
  const need = needOf(widget);
  if (need === 'sight') seen.observe(widget);
  waiting.set(widget, () => {
    listening.abort();
    seen.unobserve(widget);
  });
  if (need === 'all-points' && namesAPoint(location.hash)) return wake(widget);
  void checkEarly(widget);
}
