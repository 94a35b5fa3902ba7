// A test-server command whose work may take longer than the test runner waits for an answer (20 s, fixed in its
// browser-side socket): the first call starts the work; each call answers within 15 s, with the result, or with
// `{ pending: true }` while the work goes on, and the test asks again (test/helpers.ts, `untilDone`).
const STILL_ON_ITS_WAY_MS = 15000;

/** A command's handler that runs `work` once and answers as above; `work`'s error comes back as `{ error }`. */
export function longCommand(work) {
  let running;
  let settled;
  return () => {
    running ??= work().then(
      (value) => (settled = { done: true, value }),
      (error) => (settled = { done: true, error: error instanceof Error ? error.message : String(error) }),
    );
    return (
      settled ??
      Promise.race([
        running.then(() => settled),
        new Promise((resolve) => setTimeout(() => resolve({ pending: true }), STILL_ON_ITS_WAY_MS)),
      ])
    );
  };
}

/** As `longCommand`, for work that depends on the command's payload: run once per payload. */
export function longCommands(work) {
  const commands = new Map();
  return (payload) => {
    const key = JSON.stringify(payload ?? null);
    if (!commands.has(key))
      commands.set(
        key,
        longCommand(() => work(payload)),
      );
    return commands.get(key)();
  };
}
