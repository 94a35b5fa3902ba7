// `npm test`: checks the browsers exist, starts WebKit's WebDriver (under Xvfb when there is no display),
// then runs web-test-runner with coverage. A file with a failed test is run once more, alone (./rerun-failed.js); the
// failed tests are printed last, and written to TEST_FAILURES_FILE when it is set, for CI to repeat at its end. A
// runner that stopped before its summary (seen twice in fresh-clone runs here, without a cause printed) is said to
// have, and the whole run is repeated once.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPaths, missingBrowsers, selectedBrowsers, webkitDriverPort } from '../browsers.js';
import { rerunFailed } from './rerun-failed.js';
import { portAnswers, waitFor } from './wait-for.js';

const browsers = selectedBrowsers();
const missing = missingBrowsers(browsers);
if (missing.length > 0) {
  console.error(`Cannot run the tests, a browser is missing:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const helpers = [];
function startHelper(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'ignore', env });
  helpers.push(child);
  return child;
}
function stopHelpers() {
  for (const child of helpers.reverse()) child.kill();
}

const env = { ...process.env, TEST_REPORT_FILE: join(tmpdir(), `pa-test-report-${process.pid}.json`) };
if (browsers.includes('webkit')) {
  if (!env.DISPLAY) {
    env.DISPLAY = process.env.XVFB_DISPLAY ?? ':99';
    startHelper('Xvfb', [env.DISPLAY, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  }
  startHelper(browserPaths.webkitDriver, [`--port=${webkitDriverPort}`, '--host=127.0.0.1'], env);
  await waitFor(`WebKitWebDriver on port ${webkitDriverPort}`, () => portAnswers(webkitDriverPort), {
    timeoutMs: 20000,
    intervalMs: 100,
  });
}

const wtr = new URL('../../node_modules/.bin/wtr', import.meta.url).pathname;
let running;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    console.error(`The test run was sent ${signal}.`);
    interrupted = true;
    running?.kill(signal);
  });

/**
 * Runs web-test-runner with `args`, and `more` of the environment, unless the test run was interrupted; resolves with
 * how it ended. Signals the test run is sent go to it.
 */
function runWtr(args, more = {}) {
  if (interrupted) return Promise.resolve({ code: 1, signal: null });
  running = spawn(wtr, args, { stdio: 'inherit', env: { ...env, ...more }, shell: false });
  return new Promise((resolve) => running.on('exit', (code, signal) => resolve({ code, signal })));
}

/** One run of web-test-runner over what the arguments select, with coverage. */
function runAll() {
  rmSync(env.TEST_REPORT_FILE, { force: true });
  return runWtr(['--coverage', ...process.argv.slice(2)]);
}

let { code, signal } = await runAll();
// A runner stopped before its summary reported no test: said, and the whole run is repeated once.
if (code !== 0 && !signal && !interrupted && !existsSync(env.TEST_REPORT_FILE)) {
  console.error(`\nweb-test-runner stopped (exit code ${code}) before its summary. The whole run once more:\n`);
  ({ code, signal } = await runAll());
}
// Said outright: a runner ended by a signal prints no summary of its own.
if (signal) console.error(`web-test-runner was ended by ${signal}.`);
let exitCode = code ?? 1;
if (exitCode !== 0 && !signal && !interrupted) {
  const { code: finalCode, lines } = await rerunFailed(runWtr, env.TEST_REPORT_FILE);
  exitCode = finalCode;
  if (lines.length > 0) console.log(`\n${lines.join('\n')}`);
  if (process.env.TEST_FAILURES_FILE)
    writeFileSync(process.env.TEST_FAILURES_FILE, lines.map((line) => `${line}\n`).join(''));
}
rmSync(env.TEST_REPORT_FILE, { force: true });
stopHelpers();
process.exit(exitCode);
