"""The core layers and the CLI import in a fresh interpreter without loading any Qt module."""

from __future__ import annotations

import subprocess
import sys

from core_helpers import REPO

SCRIPT = """
import importlib, pkgutil, sys
import shelterdesk
for package in ("domain", "storage", "services", "letters", "cli"):
    root = importlib.import_module(f"shelterdesk.{package}")
    importlib.import_module(f"shelterdesk.{package}")
    for info in pkgutil.walk_packages(root.__path__, f"shelterdesk.{package}."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print("QT:" + ",".join(qt))
"""


def test_core_and_cli_import_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=REPO,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "QT:"
