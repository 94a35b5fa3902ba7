import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };

const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Longer delays overflow `setTimeout` and fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Why rotation waits; every reason must clear before the next step is timed. `single` is the host's:
 * fewer than two slides.
 */
export type PauseReason = 'hover' | 'focus' | 'offscreen' | 'hidden' | 'single';

/**
 * Times automatic rotation for its host, calling `advance` every `intervalMs` while rotation is on and
 * nothing pauses it. Pointer hover, focus inside a slide, being off screen and a hidden tab pause it; keyboard
 * focus entering the host stops it until `start()` is called (WAI-ARIA carousel pattern). No timer, observer or
 * listener outlives the host's connection.
 */
export class RotationController implements ReactiveController {
  /**
   * Whether automatic rotation is on: the person has not stopped it, and does not prefer reduced motion. On a server,
   * which cannot know the preference, it is on; a widget taking over what a server rendered learns it after.
   */
  rotating = isServer || !prefersReducedMotion();

  /**
   * The host first shows a tree a server rendered, rotating. Once it has, the reader's preference applies, and the
   * focus that woke it (a Tab into it) counts, though it came before the listeners.
   */
  private __serverRendered = false;

  /**
   * The person has started rotation since focus last came into the host: keyboard focus moving on inside
   * then does not stop it again. Focus leaving and coming back in clears this.
   */
  private __startedSinceFocusEntered = false;
  private readonly __pauses = new Set<PauseReason>();
  private __timer?: ReturnType<typeof setTimeout>;
  private __observer?: IntersectionObserver;

  /**
   * @param intervalMs - How long each step is shown, until the host sets another.
   */
  constructor(
    private readonly __host: Host,
    private readonly __advance: () => void,
    public intervalMs: number,
  ) {
    __host.addController(this);
  }

  hostConnected(): void {
    this.__serverRendered = !this.__host.hasUpdated && Boolean(this.__host.shadowRoot?.firstChild);
    if (this.__serverRendered) this.rotating = true;
    this.__pauses.delete('hover');
    this.__pauses.delete('focus');
    // Until the observer first reports, the host counts as off screen: no step is timed unseen.
    this.__pauses.add('offscreen');
    this.__observer = new IntersectionObserver((entries) =>
      this.setPaused('offscreen', !entries[entries.length - 1]?.isIntersecting),
    );
    this.__observer.observe(this.__host);
    this.__listen('addEventListener');
    this.__onVisibilityChange();
  }

  hostUpdated(): void {
    if (!this.__serverRendered) return;
    this.__serverRendered = false;
    if (prefersReducedMotion()) this.stop();
    const focused = this.__host.shadowRoot?.activeElement;
    if (focused) this.__focusMovedTo(focused, null);
  }

  hostDisconnected(): void {
    this.__observer?.disconnect();
    this.__observer = undefined;
    this.__listen('removeEventListener');
    this.restart();
  }

  private __listen(method: 'addEventListener' | 'removeEventListener'): void {
    const host = this.__host;
    document[method]('visibilitychange', this.__onVisibilityChange);
    host[method]('mouseenter', this.__onPointerEnter);
    host[method]('mouseleave', this.__onPointerLeave);
    // Focus moving within the shadow root is not reported to the host, only to the root.
    host.shadowRoot?.[method]('focusin', this.__onFocusIn as EventListener);
    host.shadowRoot?.[method]('focusout', this.__onFocusOut as EventListener);
  }

  start(): void {
    this.rotating = true;
    this.__startedSinceFocusEntered = true;
    this.restart();
  }

  stop(): void {
    this.rotating = false;
    this.restart();
  }

  setPaused(reason: PauseReason, paused: boolean): void {
    if (this.__pauses.has(reason) === paused) return;
    if (paused) this.__pauses.add(reason);
    else this.__pauses.delete(reason);
    this.restart();
  }

  /** Times a full interval from now, if rotation may run: called after every change of slide. */
  restart(): void {
    clearTimeout(this.__timer);
    this.__timer = undefined;
    if (this.rotating && this.__pauses.size === 0 && this.__host.isConnected) {
      this.__timer = setTimeout(
        () => {
          this.__advance();
          this.restart();
        },
        Math.min(this.intervalMs, MAX_TIMEOUT_MS),
      );
    }
    this.__host.requestUpdate();
  }

  private readonly __onVisibilityChange = (): void => this.setPaused('hidden', document.hidden);
  private readonly __onPointerEnter = (): void => this.setPaused('hover', true);
  private readonly __onPointerLeave = (): void => this.setPaused('hover', false);
  private readonly __onFocusIn = (event: FocusEvent): void =>
    this.__focusMovedTo(event.target as Element, event.relatedTarget);

  /** Focus moved to `target` in the host's shadow root, from `from` (null: from outside the page). */
  private __focusMovedTo(target: Element, from: EventTarget | null): void {
    if (!this.__holds(from)) this.__startedSinceFocusEntered = false;
    // A slide must not turn inert with focus in it; the controls never do, so focus on them pauses nothing.
    this.setPaused('focus', target.closest('[part~="slide"]') !== null);
    // A mouse click focuses without :focus-visible.
    if (this.rotating && !this.__startedSinceFocusEntered && target.matches(':focus-visible')) this.stop();
  }
  private readonly __onFocusOut = (event: FocusEvent): void => {
    if (!this.__holds(event.relatedTarget)) this.setPaused('focus', false);
  };

  /** Whether `target` is in the host's shadow root, where its focusable elements are. */
  private __holds(target: EventTarget | null): boolean {
    return target instanceof Node && this.__host.shadowRoot?.contains(target) === true;
  }
}
