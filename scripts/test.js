// `npm test`: checks the browsers exist, starts WebKit's WebDriver (under Xvfb when there is no display),
// then runs web-test-runner with coverage and passes its exit code on.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { browserPaths, missingBrowsers, selectedBrowsers, webkitDriverPort } from './browsers.js';

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

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port, timeoutMs) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (await portAnswers(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

const env = { ...process.env };
if (browsers.includes('webkit')) {
  if (!env.DISPLAY) {
    env.DISPLAY = process.env.XVFB_DISPLAY ?? ':99';
    startHelper('Xvfb', [env.DISPLAY, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  }
  startHelper(browserPaths.webkitDriver, [`--port=${webkitDriverPort}`, '--host=127.0.0.1'], env);
  await waitForPort(webkitDriverPort, 20000);
}

const wtr = new URL('../node_modules/.bin/wtr', import.meta.url).pathname;
const runner = spawn(wtr, ['--coverage', ...process.argv.slice(2)], { stdio: 'inherit', env, shell: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => runner.kill(signal));
runner.on('exit', (code, signal) => {
  stopHelpers();
  process.exit(code ?? (signal ? 1 : 0));
});
