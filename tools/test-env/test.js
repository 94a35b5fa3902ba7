// `npm test`: checks the browsers exist, starts WebKit's WebDriver (under Xvfb when there is no display),
// then runs web-test-runner with coverage and passes its exit code on.
import { spawn } from 'node:child_process';
import { browserPaths, missingBrowsers, selectedBrowsers, webkitDriverPort } from '../browsers.js';
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

const env = { ...process.env };
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
const runner = spawn(wtr, ['--coverage', ...process.argv.slice(2)], { stdio: 'inherit', env, shell: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => runner.kill(signal));
runner.on('exit', (code, signal) => {
  // Said outright: a runner ended by a signal prints no summary of its own.
  if (signal) console.error(`web-test-runner was ended by ${signal}.`);
  stopHelpers();
  process.exit(code ?? (signal ? 1 : 0));
});
