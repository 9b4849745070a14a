#!/usr/bin/env bash
# Makes sure end-to-end tests have a Chromium to drive.
# Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium (installed with apt-get when we are root
# on a Debian machine, since Playwright cannot download its own browser there), else Playwright's own.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No system Chromium found; installing Playwright's own browser..."
npx playwright install chromium
