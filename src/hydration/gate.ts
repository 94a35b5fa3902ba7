import type { ReactiveElement } from 'lit';
import { nextTask } from '../shared/next-task.js';
import { loadHydration } from './load-hydration.js';
import { locator } from './locator.js';
import { ownerOf } from './owner.js';
import { DEFER_HYDRATION } from './protocol.js';

/** The input the gate follows on a waiting widget: see `onInput`. */
const INPUT = ['pointerdown', 'pointercancel', 'click', 'keydown', 'focusin'];

interface Gate {
  /** Woken: `defer-hydration` is gone, the widget is on its way to its first update. */
  woken: boolean;
  /** Its buttons clicked (or pressed with Enter or Space) meanwhile, to click once it is live. */
  clicks: (() => HTMLElement | undefined)[];
  /** A pointer is down on it: a click may follow, which a tree rendered afresh under the pointer would lose. */
  pressed?: boolean;
}

/** The widgets the gate keeps, from when they wait until their first update. */
const gates = new Map<ReactiveElement, Gate>();

/**
 * Wakes `widget` if it waits; whether it did. Removing `defer-hydration` connects it (see `HydratableElement`); its
 * gate stays until its first update, holding the clicks on its buttons.
 */
export function wake(widget: ReactiveElement): boolean {
  const gate = gates.get(widget);
  if (!gate || gate.woken) return false;
  gate.woken = true;
  unwatch(widget);
  const live = () => release(widget);
  void widget.updateComplete.then(live, live);
  widget.removeAttribute(DEFER_HYDRATION);
  return true;
}

/**
 * Wakes `widget` for a change the page made to it (a property, an attribute, its language), unless a parent owns it
 * and will wake it (see `ownerOf`); whether it did.
 */
export const wakeForChange = (widget: ReactiveElement) => gates.has(widget) && !ownerOf(widget) && wake(widget);

/** The hydration module stops watching `widget` for when it is needed. */
const unwatch = (widget: ReactiveElement) => void loadHydration().then((hydration) => hydration?.unwatch(widget));

/** The gate lets `widget` go: it no longer follows its input; returns what it held. */
function forget(widget: ReactiveElement): Gate | undefined {
  const gate = gates.get(widget);
  gates.delete(widget);
  for (const type of INPUT) widget.removeEventListener(type, onInput, true);
  return gate;
}

/** Once `widget` is live: it takes its own input, and the clicks it was given meanwhile. */
function release(widget: ReactiveElement): void {
  for (const find of forget(widget)?.clicks ?? []) find()?.click();
}

/** Wakes `widget` for the hydration module, when it is needed; unless a pointer is down on it: its click will. */
const wakeWhenNeeded = (widget: ReactiveElement) => !gates.get(widget)?.pressed && wake(widget);

/**
 * Input on a waiting widget wakes it, whatever would wake it otherwise: a control never stays dead. A click on one of
 * its buttons, or Enter or Space on one, waits for it to be live, then clicks the same button: the first click on
 * "Show all" expands, the first on Next changes the quote. A link is followed as it is. A press wakes it with the
 * click it ends in, not before, and so does focus but from the keyboard: the nodes under the pointer stay until then.
 */
function onInput(event: Event): void {
  const widget = event.currentTarget as ReactiveElement;
  const gate = gates.get(widget);
  if (!gate) return;
  if (event.type !== 'focusin') gate.pressed = event.type === 'pointerdown';
  const target = event.composedPath()[0] as Element;
  const button = target.closest?.('button');
  const key = (event as KeyboardEvent).key;
  const activates = event.type === 'click' || key === 'Enter' || key === ' ';
  if (button && activates && widget.shadowRoot) {
    event.preventDefault();
    event.stopImmediatePropagation();
    gate.clicks.push(locator(widget.shadowRoot, button));
  } else if (event.type !== 'keydown' && !(event.type === 'focusin' && target.matches(':focus-visible'))) {
    return;
  }
  wake(widget);
}

/**
 * Keeps a server-rendered `widget` that carries `defer-hydration` waiting, holding the clicks on its buttons, until
 * the hydration module wakes it (when it is needed: see `coordinator.ts`), or input or a change the page makes to it
 * (see `HydratableElement`) does. One without a declarative shadow root (a browser without them, a clone of a
 * template's content) has nothing to hydrate, and renders at once, unless a parent owns it (see `ownerOf`); one whose
 * module did not load renders afresh.
 */
export function waitToWake(widget: ReactiveElement): void {
  if (!widget.shadowRoot && !ownerOf(widget)) return widget.removeAttribute(DEFER_HYDRATION);
  if (!gates.has(widget)) gates.set(widget, { woken: false, clicks: [] });
  for (const type of INPUT) widget.addEventListener(type, onInput, true);
  // From the next task: the one that defines the elements stays short.
  void nextTask()
    .then(loadHydration)
    .then((hydration) => {
      if (gates.get(widget)?.woken !== false) return;
      if (hydration) hydration.watch(widget, wakeWhenNeeded);
      else wake(widget);
    });
}

/** `widget` left the page before it was woken: it waits again if it comes back. */
export function stopWaiting(widget: ReactiveElement): void {
  if (gates.get(widget)?.woken !== false) return;
  forget(widget);
  unwatch(widget);
}
