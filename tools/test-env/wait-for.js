// Waiting for a server that a script started: a port that answers, or any check that comes true.
import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/** Whether something listens on `port` at `host`. */
export function portAnswers(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Resolves once `check` comes true, asking every `intervalMs`; throws a sentence naming `what` after `timeoutMs`, or
 * what `check` throws (a server that has exited, say).
 */
export async function waitFor(what, check, { timeoutMs = 30000, intervalMs = 200 } = {}) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await delay(intervalMs)) {
    if (await check()) return;
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s.`);
}
