// The browsers the tests run in: Debian's packages by default, each path overridable for other systems.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const browserPaths = {
  chromium: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
  webkit: process.env.WEBKIT_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  webkitDriver: process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver',
};

/** Chromium started by a test tool here: as root, with the network closed. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary's own version line, e.g. for a benchmark's results. */
export const chromiumVersion = () =>
  execFileSync(browserPaths.chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

export const webkitDriverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 4445);

const howToGet = {
  chromium: 'apt-get install -y chromium, or set CHROMIUM_BIN to a Chromium or Chrome binary',
  firefox: 'apt-get install -y firefox-esr, or set FIREFOX_BIN to a Firefox binary',
  webkit:
    'apt-get install -y webkit2gtk-driver xvfb, or set WEBKIT_BIN to MiniBrowser and WEBKIT_DRIVER_BIN to WebKitWebDriver',
};

/** The engines named in BROWSERS (comma separated), all three by default. */
export function selectedBrowsers() {
  const names = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(name in howToGet));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS names ${unknown.join(', ')}; valid names: ${Object.keys(howToGet).join(', ')}`);
  }
  return names;
}

/** One line per selected engine whose binary is missing, saying how to provide it. */
export function missingBrowsers(names) {
  return names.flatMap((name) => {
    const binaries = name === 'webkit' ? [browserPaths.webkit, browserPaths.webkitDriver] : [browserPaths[name]];
    return binaries
      .filter((binary) => !existsSync(binary))
      .map((binary) => `${name}: ${binary} not found. ${howToGet[name]}; or leave it out: BROWSERS=chromium npm test`);
  });
}
