#!/usr/bin/env bash
# Install ShelterDesk and what it needs on Debian/Ubuntu.
#   bash packaging/install.sh          the app
#   bash packaging/install.sh --test   the app plus the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt needs these libraries even offscreen; Xvfb runs the screenshot tool;
# poppler-utils (pdftotext, pdffonts, pdftoppm) lets the tests read letters back.
APT_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth poppler-utils
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
extra=""
[ "${1:-}" = "--test" ] && extra="[test]"
$PY -m pip install --quiet --disable-pip-version-check -e ".${extra}"
