/**
 * Resolves in a task of its own, after what the browser has queued: input, rendering, other scripts. A message
 * rather than a timer, so that it is neither clamped nor stopped by a page's (or a test's) fake timers.
 */
export const nextTask = (): Promise<unknown> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = resolve;
    port2.postMessage(0);
  });
