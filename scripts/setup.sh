#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, by package name only:
#   - Debian packages (rsvg-convert for PNG figures; Jupyter + pandas + matplotlib for the notebooks;
#     chromium and a font for the browser tests of `adoptionsim serve`, which Playwright drives as
#     /usr/bin/chromium: Playwright's own browser download is never used; gcc for the C reference of the
#     benchmark, bench/reference/)
#   - npm packages pinned by tests/readers/package-lock.json (independent Parquet readers).
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(librsvg2-bin jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib chromium fonts-dejavu-core gcc libc6-dev)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f tests/readers/package-lock.json ]; then
  if [ ! -d tests/readers/node_modules ] || [ tests/readers/package-lock.json -nt tests/readers/node_modules/.package-lock.json ]; then
    echo "setup: npm ci in tests/readers"
    (cd tests/readers && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
