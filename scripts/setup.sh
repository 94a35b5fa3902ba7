#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (as root): the three browser engines from Debian's
# packages, then the npm dependencies. Elsewhere it installs the npm dependencies and says what else to provide.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb)
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  echo "setup: not root on Debian; provide Chromium, Firefox and WebKitGTK's MiniBrowser + WebKitWebDriver yourself"
  echo "       (paths: CHROMIUM_BIN, FIREFOX_BIN, WEBKIT_BIN, WEBKIT_DRIVER_BIN) or run BROWSERS=chromium npm test"
fi
npm ci --no-audit --no-fund
