/** Lit's protocol: an element that carries it waits, server-rendered, until its parent or the gate removes it. */
export const DEFER_HYDRATION = 'defer-hydration';
