#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (as root): the three browser engines from Debian's
# packages; WordPress with php-cli (a test runs prerendered snippets through its real `wpautop`), and to serve it
# its theme, MariaDB and php-mysql (a test embeds the site's pages in a real WordPress; Apache, which the wordpress
# package brings, serves the site with its .htaccess in another); then the npm dependencies. It starts nothing: the
# test run starts and stops the servers it needs. Elsewhere it installs the npm dependencies and says what else to
# provide. It runs no install script of any npm package.
set -euo pipefail
cd "$(dirname "$0")/.."

browsers=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb)
# Hugo, whose --minify partner sites run on prerendered pages (test/browser/minified-pages.test.ts).
minifiers=(hugo)
# wordpress-l10n: German, for the plugin's test (test/wordpress-plugin.test.ts).
wordpress=(php-cli php-mysql wordpress wordpress-theme-twentytwentythree wordpress-l10n mariadb-server)

# Installs those of the packages given that are missing; its first argument is an apt-get option or ''.
install_missing() {
  local option=$1
  shift
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    [ -n "${updated:-}" ] || { apt-get update -qq && updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $option "${missing[@]}" >/dev/null
  fi
}

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  # The packages of MariaDB and Apache would start them as services; the tests start their own, when they need them.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# Written by tools/setup.sh while it installs: no service starts.\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  install_missing '' "${browsers[@]}" "${minifiers[@]}"
  install_missing --no-install-recommends "${wordpress[@]}"
else
  echo "setup: not root on Debian; provide Chromium, Firefox and WebKitGTK's MiniBrowser + WebKitWebDriver yourself,"
  echo "       (paths: CHROMIUM_BIN, FIREFOX_BIN, WEBKIT_BIN, WEBKIT_DRIVER_BIN) or run BROWSERS=chromium npm test;"
  echo "       php with WordPress's wp-includes/formatting.php (path: WORDPRESS_FORMATTING); the WordPress and Apache"
  echo "       tests need root on Debian with wordpress, wordpress-theme-twentytwentythree, mariadb-server, php-mysql;"
  echo "       and hugo on the PATH for the minified-pages test"
fi
# No dependency's install script runs (they would run as root): none is needed. esbuild's only checks its binary and
# puts it in place of its launcher (its JavaScript API, which the test runner uses, finds the binary in
# @esbuild/linux-x64 regardless); rs-module-lexer's checks its prebuilt binary; geckodriver's and edgedriver's would
# download drivers, which the tests do not use (Debian's browsers and drivers). Native code comes as prebuilt
# packages chosen by platform: rolldown's, esbuild's, @resvg/resvg-js's. docs/security.md, "Supply chain".
npm ci --ignore-scripts --no-audit --no-fund
