#!/usr/bin/env bash
# Build the desktop bundle with PyInstaller (packaging/shelterdesk.spec):
#   dist/ShelterDesk/                                one folder: run dist/ShelterDesk/ShelterDesk
#   dist/ShelterDesk-<version>-linux-x86_64.tar.gz   the same folder, packed for handing out
# Needs the `bundle` extra in the Python that runs it: pip install -e ".[bundle]".
#   PYTHON=/path/to/python   the interpreter to build with (default: python3)
#   --dist DIR --work DIR    where the bundle and PyInstaller's scratch files go (default: dist, build/pyinstaller)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
DIST=dist
WORK=build/pyinstaller
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    *) echo "usage: $0 [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done

version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
"$PY" -m PyInstaller --version >/dev/null 2>&1 || {
  echo "PyInstaller is missing: install the bundle extra (pip install -e \".[bundle]\")" >&2; exit 1; }
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/shelterdesk.spec

system=$(uname -s | tr '[:upper:]' '[:lower:]')
archive="$DIST/ShelterDesk-$version-$system-$(uname -m).tar.gz"
tar -C "$DIST" -cf - ShelterDesk | gzip -9 >"$archive"  # -9: a few MB less to hand out
echo "$archive"
