/** Lit's protocol: an element that carries it waits, server-rendered, until its parent or a coordinator removes it. */
export const DEFER_HYDRATION = 'defer-hydration';

/** Input that wakes a waiting widget: pointer, focus, key. */
export const WAKING_INPUT = ['pointerdown', 'focusin', 'keydown'];

/**
 * The controls whose click waits for the widget to be live, to be replayed then: its buttons. Links are followed as
 * they are, with the reader's modifier keys.
 */
export const HELD_CONTROL = 'button';

/** The address of a point of `<pa-statement>`: `#pa-point-4`, `#pa-point-torture`. */
export const POINT_ID_PREFIX = 'pa-point-';

/**
 * Besides input and change, what makes a kind of widget needed: for `<pa-statement>` its points that a server did not
 * render (`all-points`: an address naming one of them, or printing, as paper has no "Show all"), for
 * `<pa-statement-quote>` being seen (`sight`), its first rotation being due soon after. An element class names its
 * need in a static `hydrateWhen`.
 */
export type Need = 'all-points' | 'sight';
