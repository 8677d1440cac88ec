#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the end-to-end browser tests (issue #7).
# No browser is downloaded by a test tool at run time: the tests use /usr/bin/chromium and /usr/bin/chromedriver.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | sed -n 1p) (already installed)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q chromium chromium-driver >/tmp/factdesk-apt-chromium.log 2>&1 || {
  $SUDO apt-get update -q >/dev/null 2>&1
  $SUDO apt-get install -y -q chromium chromium-driver >/tmp/factdesk-apt-chromium.log 2>&1 || {
    tail -20 /tmp/factdesk-apt-chromium.log; exit 1; }
}
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | sed -n 1p); $(/usr/bin/chromedriver --version | sed -n 1p)"
