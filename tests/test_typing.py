"""The Qt-free core type-checks: mypy with the project's [tool.mypy] settings finds nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.typing
def test_domain_storage_letters_and_services_are_mypy_clean() -> None:
    pytest.importorskip("mypy", reason="mypy comes with the test extra: pip install -e .[test]")
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-color-output", "--no-error-summary"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 0 and not errors, "\n".join(errors) or done.stdout + done.stderr
