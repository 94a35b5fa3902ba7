const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

/**
 * Resolves in a task of its own, after what the browser has queued: input, rendering, other scripts. A message
 * rather than a timer, so that it is neither clamped nor stopped by a page's (or a test's) fake timers.
 */
export function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const next = new Promise<void>((resolve) => waiting.push(resolve));
  channel.port2.postMessage(undefined);
  return next;
}
