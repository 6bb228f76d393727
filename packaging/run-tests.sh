#!/usr/bin/env bash
# Every check CI runs, inside the fresh environment `bash packaging/install.sh --test` made.
#   bash packaging/run-tests.sh [pytest arguments]     e.g. -m "not build", --runslow, tests/letters
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-test
if [ ! -x "$VENV/bin/python" ]; then
  echo "No test environment yet: run  bash packaging/install.sh --test  first." >&2
  exit 1
fi
# Run the tools from the environment, never from the machine's PATH.
export PATH="$PWD/$VENV/bin:$PATH"
echo "== pip check";    python -m pip check --disable-pip-version-check
echo "== ruff";         python -m ruff check .
echo "== portability";  python tools/check_portability.py shelterdesk
# One worker per core, a test file per worker at a time (the bundle's module fixture builds it once);
# the bundle and install builds then run beside the rest instead of after it.
echo "== pytest";       python -m pytest -n auto --dist loadfile "$@"
