#!/usr/bin/env bash
# Install Debian's chromium for the browser tests when /usr/bin/chromium is missing (no browser download by Playwright).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "ensure-chromium: /usr/bin/chromium is missing and we are not root; browser tests will be skipped" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get install -y -q --no-install-recommends chromium; then
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends chromium
fi
