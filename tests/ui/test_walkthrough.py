"""A worker's day in a real window under Xvfb (tools/walkthrough.py), in English and Indonesian.

Qt picks its platform once per process, and the rest of the suite runs offscreen,
so the day runs in its own process on a private Xvfb display. Every step checks
what a worker expects and the process fails on the first step that does not.
Without Xvfb the test is skipped, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def xvfb_run() -> str:
    found = shutil.which("xvfb-run")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("xvfb-run is missing: the walk-through needs a real X display (apt install xvfb xauth)")
        pytest.skip("xvfb-run is not installed")
    return found


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_workers_day_in_a_real_window(xvfb_run: str, language: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "SHELTERDESK_HOME": str(tmp_path / "home"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tools")])}
    done = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(ROOT / "tools" / "screenshots.py"),
         "--walkthrough", language, "--out", str(tmp_path / "shots")],
        env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert f"walk-through in {language}: every step done" in done.stdout
    shots = sorted((tmp_path / "shots").glob(f"walk_{language}_*.png"))
    assert len(shots) == 16
    from PySide6.QtGui import QImage

    assert all(QImage(str(p)).size().toTuple() == (1366, 768) for p in shots)
