/** Lit's protocol: an element that carries it waits, server-rendered, until its parent or a coordinator removes it. */
export const DEFER_HYDRATION = 'defer-hydration';

/**
 * Besides input and change, what makes a kind of widget needed: for `<pa-statement>` an address naming one of its
 * points (`address`), for `<pa-statement-quote>` being seen (`sight`), its first rotation being due soon after.
 * An element class names its need in a static `hydrateWhen`.
 */
export type Need = 'address' | 'sight';
