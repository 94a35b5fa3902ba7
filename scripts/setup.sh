#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (as root): the three browser engines from Debian's
# packages, WordPress's formatting code with php-cli (a test runs prerendered snippets through its real `wpautop`),
# then the npm dependencies. Elsewhere it installs the npm dependencies and says what else to provide.
set -euo pipefail
cd "$(dirname "$0")/.."

browsers=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb)
# WordPress's web server and database, which it recommends, are not needed to run one of its filters.
wordpress=(php-cli wordpress)

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
  install_missing '' "${browsers[@]}"
  install_missing --no-install-recommends "${wordpress[@]}"
else
  echo "setup: not root on Debian; provide Chromium, Firefox and WebKitGTK's MiniBrowser + WebKitWebDriver yourself,"
  echo "       and php with WordPress's wp-includes/formatting.php (path: WORDPRESS_FORMATTING)"
  echo "       (paths: CHROMIUM_BIN, FIREFOX_BIN, WEBKIT_BIN, WEBKIT_DRIVER_BIN) or run BROWSERS=chromium npm test"
fi
npm ci --no-audit --no-fund
