#!/usr/bin/env bash
# Makes sure end-to-end tests have a Chromium to drive, and fonts to print Japanese with.
# Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium (installed with apt-get when we are root
# on a Debian machine, since Playwright cannot download its own browser there), else Playwright's own.
set -euo pipefail

can_apt() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; }
apt_updated=false
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" = false ]; then apt-get update -qq; apt_updated=true; fi
  apt-get install -y -qq "$@" >/dev/null
}

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  :
elif [ -x /usr/bin/chromium ]; then
  :
elif can_apt; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  apt_install chromium
else
  echo "No system Chromium found; installing Playwright's own browser..."
  npx playwright install chromium
fi

# Printed cheat sheets are checked for their Japanese text: that needs a CJK font.
if command -v fc-list >/dev/null 2>&1 && ! fc-list :lang=ja | grep -q .; then
  if can_apt; then
    echo "Installing a Japanese font for the print tests..."
    apt_install fonts-noto-cjk
  else
    echo "Warning: no Japanese font found; Japanese text in printed PDFs may not be checkable." >&2
  fi
fi
