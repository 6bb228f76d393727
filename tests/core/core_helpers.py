"""Constants and helpers shared by the core tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ADMIN = "admin"
ADMIN_PASS = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """shelterdesk-cli in a fresh interpreter (exit codes, stderr, no traceback)."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "shelterdesk.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=REPO)
