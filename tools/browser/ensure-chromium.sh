#!/usr/bin/env bash
# The admin UI's browser tests drive Debian's Chromium through playwright-core (which bundles no
# browser, and none may be downloaded here). `npm test` runs this first: it installs Chromium from
# Debian's packages where it is missing, or says exactly what to do when it cannot.
set -euo pipefail
{ [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null; } && exit 0
if [ "$(id -u)" = 0 ]; then as_root=(); elif command -v sudo >/dev/null; then as_root=(sudo); else
  echo "Chromium is missing and this user cannot install it: run 'apt-get install -y chromium' as root, then npm test again." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "Chromium is missing and there is no apt-get here: install Chromium so that 'chromium' is on the PATH (the browser tests look for /usr/bin/chromium)." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages for the admin UI's browser tests..." >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null
