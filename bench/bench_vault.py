"""Benchmark the vault against plaintext SQLite (same as `shelterdesk-cli bench`).

    python3 bench/bench_vault.py [--records N] [--runs R]

Prints a Markdown table; progress goes to stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shelterdesk.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))
