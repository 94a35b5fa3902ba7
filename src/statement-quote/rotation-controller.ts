import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Why a rotating widget is waiting: each reason must clear before the next step is timed. */
type PauseReason = 'hover' | 'offscreen' | 'hidden';

/**
 * Times automatic rotation for `host`, calling `advance` every `intervalMs` while rotation is on and
 * nothing pauses it. Pointer hover, being scrolled off screen and a hidden tab pause it; keyboard focus
 * entering the host stops it until `start()` is called (WAI-ARIA carousel pattern). No timer, observer or
 * listener outlives the host's connection.
 */
export class RotationController implements ReactiveController {
  /** Whether automatic rotation is on (the person has not stopped it). */
  rotating = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  intervalMs = 8000;

  private readonly pauses = new Set<PauseReason>();
  private timer?: ReturnType<typeof setTimeout>;
  private visibility?: IntersectionObserver;

  constructor(
    private readonly host: Host,
    private readonly advance: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Until the observer reports, the host counts as off screen, so no step is timed unseen.
    this.pauses.add('offscreen');
    this.visibility = new IntersectionObserver(([entry]) => this.setPaused('offscreen', !entry?.isIntersecting));
    this.visibility.observe(this.host);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.host.addEventListener('mouseenter', this.onPointerEnter);
    this.host.addEventListener('mouseleave', this.onPointerLeave);
    this.host.addEventListener('focusin', this.onFocusIn);
    this.onVisibilityChange();
  }

  hostDisconnected(): void {
    this.visibility?.disconnect();
    this.visibility = undefined;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.host.removeEventListener('mouseenter', this.onPointerEnter);
    this.host.removeEventListener('mouseleave', this.onPointerLeave);
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.pauses.clear();
    this.clearTimer();
  }

  start(): void {
    this.rotating = true;
    this.restart();
  }

  stop(): void {
    this.rotating = false;
    this.restart();
  }

  /** Times a full interval from now: after any change of slide, so no slide is cut short. */
  restart(): void {
    this.clearTimer();
    if (this.rotating && this.pauses.size === 0 && this.host.isConnected) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.advance();
        this.restart();
      }, this.intervalMs);
    }
    this.host.requestUpdate();
  }

  private setPaused(reason: PauseReason, paused: boolean): void {
    if (this.pauses.has(reason) === paused) return;
    if (paused) this.pauses.add(reason);
    else this.pauses.delete(reason);
    this.restart();
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onVisibilityChange = (): void => this.setPaused('hidden', document.hidden);
  private readonly onPointerEnter = (): void => this.setPaused('hover', true);
  private readonly onPointerLeave = (): void => this.setPaused('hover', false);
  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (this.rotating && target instanceof Element && target.matches(':focus-visible')) this.stop();
  };
}
