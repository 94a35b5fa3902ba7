import { pageState } from '../localization/page-state.js';
import { ownerOf } from './owner.js';
import { DEFER_HYDRATION } from './protocol.js';

/** How long a busy page may keep a widget near the viewport from hydrating. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * When a waiting widget is near enough to hydrate: within a screen of the page's own viewport, as a reader scrolls.
 * The page's, not the top-level window's: a page in a frame is clipped by it, and a widget near the frame's viewport
 * would count as far.
 */
const NEAR: IntersectionObserverInit = { root: document, rootMargin: '100%' };

/** The waiting widgets watched, each with what wakes it. */
const watched = new Map<Element, () => unknown>();

let near: IntersectionObserver | undefined;

const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(run);

/** A widget near the viewport hydrates in idle time, each in a task of its own: before a reader sees it. */
function onNear(entries: IntersectionObserverEntry[]): void {
  for (const { isIntersecting, target } of entries) {
    if (isIntersecting) whenIdle(() => watched.get(target)?.());
  }
}

/** A partner's translation registered: every waiting widget must show it. */
const wakeAll = () => watched.forEach((wake) => wake());

/**
 * Wakes the waiting `widget` with the gate's `wake` when it is needed, rather than when the page loads: once it is
 * near the viewport, in idle time (the check that it shows what it would render must come before a reader sees it),
 * or when a translation is registered. Input and changes the page makes wake it at once (see the gate). A widget
 * that a parent owns waits for that parent; if the parent, once defined, is not deferring, it is watched as any other.
 */
export function watch<Widget extends Element>(widget: Widget, wake: (widget: Widget) => unknown): void {
  const owner = ownerOf(widget);
  if (owner) {
    if (!customElements.get(owner.localName)) {
      void customElements.whenDefined(owner.localName).then(() => {
        if (widget.isConnected && widget.hasAttribute(DEFER_HYDRATION)) watch(widget, wake);
      });
    }
    return;
  }
  watched.set(widget, () => wake(widget));
  (near ??= new IntersectionObserver(onNear, NEAR)).observe(widget);
  pageState.translationListeners.add(wakeAll);
}

/** Stops watching `widget`: woken, or gone from the page. */
export function unwatch(widget: Element): void {
  watched.delete(widget);
  near?.unobserve(widget);
}
