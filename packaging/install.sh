#!/usr/bin/env bash
# Install ShelterDesk for the current user on Debian/Ubuntu (or any Linux with Python 3.11/3.12).
#   bash packaging/install.sh              install, or upgrade in place when run again
#   bash packaging/install.sh --uninstall  remove the app, its launchers and menu entry (never the vault)
#   bash packaging/install.sh --test       a fresh test environment in .venv-test (see packaging/run-tests.sh)
# PYTHON=/path/to/python3.12 picks the interpreter (default: python3).
#
# The app gets its own virtual environment, so a system Python that refuses
# pip (PEP 668, Debian 12 / Ubuntu 24.04) is never touched:
#   ${XDG_DATA_HOME:-~/.local/share}/shelterdesk-app/venv    the app (not the vault's folder)
#   ~/.local/bin/shelterdesk, ~/.local/bin/shelterdesk-cli   launchers
#   ~/.local/share/applications/shelterdesk.desktop          menu entry, with its icon
# The vault and settings live apart, in ~/.local/share/ShelterDesk (or $SHELTERDESK_HOME).
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
MODE=${1:-install}
case "$MODE" in install | --test | --uninstall) ;; *)
  echo "usage: bash packaging/install.sh [--test | --uninstall]" >&2; exit 2 ;;
esac

DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$DATA/shelterdesk-app
BIN_DIR=$HOME/.local/bin
MENU_FILE=$DATA/applications/shelterdesk.desktop
ICON_DIR=$DATA/icons/hicolor
MARK="# ShelterDesk launcher (packaging/install.sh)"
say() { printf '%s\n' "$*"; }

if [ "$MODE" = --uninstall ]; then
  # The vault is never inside APP_DIR; refuse rather than guess if one turns up there.
  if [ -n "$(find "$APP_DIR" -name keyslots.json -print -quit 2>/dev/null)" ]; then
    say "$APP_DIR holds a vault (keyslots.json); nothing was removed. Move the vault out first." >&2
    exit 1
  fi
  rm -rf "$APP_DIR"
  for name in shelterdesk shelterdesk-cli; do
    if [ -f "$BIN_DIR/$name" ] && grep -qxF "$MARK" "$BIN_DIR/$name"; then rm -f "$BIN_DIR/$name"; fi
  done
  rm -f "$MENU_FILE" "$ICON_DIR/scalable/apps/shelterdesk.svg" "$ICON_DIR/256x256/apps/shelterdesk.png"
  say "ShelterDesk was removed. Your vault, settings and backups were kept:"
  say "  ${SHELTERDESK_HOME:-$DATA/ShelterDesk}"
  exit 0
fi

# Qt needs these libraries even offscreen; Xvfb runs the screenshot tool;
# poppler-utils (pdftotext, pdffonts, pdftoppm) lets the tests read letters back.
APT_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth poppler-utils
)
# The tests also drive the desktop bundle's window (tests/bundle) with xdotool.
[ "$MODE" = --test ] && APT_PACKAGES+=(xdotool)

PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1; then
  say "No $PY found. Install Python 3.11 or 3.12, or name one with PYTHON=/path/to/python3.12." >&2
  exit 1
fi
PY_VERSION=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
case "$PY_VERSION" in 3.11 | 3.12) ;; *)
  say "ShelterDesk needs Python 3.11 or 3.12; $PY is $PY_VERSION. Name another with PYTHON=/path/to/python3.12." >&2
  exit 1 ;;
esac
# Debian and Ubuntu split venv's pip bootstrap into a package of its own.
PY_PATH=$(command -v "$PY")
if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1 && [[ "$PY_PATH" == /usr/bin/* ]]; then
  APT_PACKAGES+=("python$PY_VERSION-venv")
fi

if command -v dpkg-query >/dev/null 2>&1; then
  installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    # Ubuntu 24.04 renamed some libraries (libglib2.0-0 is libglib2.0-0t64 there).
    installed "$pkg" || installed "${pkg}t64" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Adding system packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  say "Not a Debian/Ubuntu system: make sure Qt's libraries (libEGL, libxkbcommon, xcb-cursor) and poppler are installed."
fi

if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  say "$PY cannot create virtual environments (its venv/ensurepip module is missing)." >&2
  say "Install it with your system's package manager, or name another with PYTHON=/path/to/python3.12." >&2
  exit 1
fi

# A fresh virtual environment at $1, or the existing one when it runs the same Python.
make_venv() {
  local venv=$1 fresh=${2:-}
  if [ -z "$fresh" ] && [ -x "$venv/bin/python" ] &&
     [ "$("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "$PY_VERSION" ]; then
    return
  fi
  rm -rf "$venv"
  "$PY" -m venv "$venv"
}
PIP_FLAGS=(--disable-pip-version-check --quiet --upgrade)

if [ "$MODE" = --test ]; then
  # Never the machine's site-packages, never a leftover: a new environment every run.
  make_venv "$SRC/.venv-test" fresh
  say "Installing ShelterDesk, its test tools and PyInstaller into $SRC/.venv-test ..."
  "$SRC/.venv-test/bin/python" -m pip install "${PIP_FLAGS[@]}" "$SRC[test,bundle]"
  exit 0
fi

make_venv "$APP_DIR/venv"
say "Installing ShelterDesk into $APP_DIR/venv (the first time this downloads about 300 MB) ..."
# Non-editable: the app runs from its own copy, whatever later happens to this checkout.
"$APP_DIR/venv/bin/python" -m pip install "${PIP_FLAGS[@]}" "$SRC"

mkdir -p "$BIN_DIR" "$(dirname "$MENU_FILE")" "$ICON_DIR/scalable/apps" "$ICON_DIR/256x256/apps"
for name in shelterdesk shelterdesk-cli; do
  printf '#!/bin/sh\n%s\nexec "%s" "$@"\n' "$MARK" "$APP_DIR/venv/bin/$name" >"$BIN_DIR/$name"
  chmod 755 "$BIN_DIR/$name"
done
cp "$SRC/resources/icons/shelterdesk.svg" "$ICON_DIR/scalable/apps/shelterdesk.svg"
cp "$SRC/resources/icons/shelterdesk.png" "$ICON_DIR/256x256/apps/shelterdesk.png"
# The menu may not search ~/.local/bin, so the entry names the launcher in full.
sed "s|^Exec=.*|Exec=\"$BIN_DIR/shelterdesk\"|" "$SRC/packaging/shelterdesk.desktop" >"$MENU_FILE"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$MENU_FILE")" || true

say "ShelterDesk $("$APP_DIR/venv/bin/python" -c 'from importlib.metadata import version; print(version("shelterdesk"))') is installed."
say "Start it from the applications menu, or with: shelterdesk   (try: shelterdesk --demo)"
case ":$PATH:" in *":$BIN_DIR:"*) ;; *)
  say "Note: $BIN_DIR is not on your PATH yet. Log out and in again (Debian and Ubuntu add it"
  say "      when it exists), or start the app as $BIN_DIR/shelterdesk." ;;
esac
