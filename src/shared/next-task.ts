/**
 * Resolves in a task of its own, after what the browser has queued: input, rendering, other scripts. A message
 * rather than a timer, so that it is neither clamped nor stopped by a page's (or a test's) fake timers. Both ends of
 * the channel are closed once it has served: an open port with a handler is kept alive by the page.
 */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      port2.close();
      resolve();
    };
    port2.postMessage(0);
  });
