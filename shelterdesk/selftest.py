"""`shelterdesk --selftest`: check this installation or bundle without touching the real vault.

Runs every check in a temporary folder (SHELTERDESK_HOME points there too, so
no real profile is read or written), prints one line per check to stdout when
there is one (a windowed Windows executable has none) and writes the same
lines to a report file whose path it prints first. Exit status 0 only when
every check passed.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__

if TYPE_CHECKING:
    from .services.selftest import Check


def run(report: Path | None = None, out: TextIO | None = None) -> int:
    out = out if out is not None else sys.stdout  # None in a windowed executable
    if report is None:
        handle, name = tempfile.mkstemp(prefix="shelterdesk-selftest-", suffix=".txt")
        os.close(handle)
        report = Path(name)
    failed = total = 0
    with open(report, "w", encoding="utf-8") as file:

        def say(line: str) -> None:
            file.write(line + "\n")
            file.flush()
            if out is not None:
                print(line, file=out, flush=True)

        say(f"ShelterDesk {__version__} self-test: Python {platform.python_version()}, {platform.platform()}"
            f"{', bundle' if getattr(sys, 'frozen', False) else ''}")
        say(f"Report: {report}")
        try:
            for check in _checks():
                total += 1
                failed += not check.ok
                say(check.line())
        except Exception as error:  # noqa: BLE001 (e.g. a module missing from a bundle: report it, do not crash)
            total += 1
            failed += 1
            say(f"FAIL  the self-test stopped: {type(error).__name__}: {error}")
        say(f"RESULT: {total - failed} passed, {failed} failed")
    return 0 if failed == 0 and total > 0 else 1


def _checks() -> Iterator[Check]:
    saved = {name: os.environ.get(name) for name in ("SHELTERDESK_HOME", "QT_QPA_PLATFORM")}
    try:
        with tempfile.TemporaryDirectory(prefix="shelterdesk-selftest-") as scratch:
            os.environ["SHELTERDESK_HOME"] = str(Path(scratch) / "home")
            if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen (a server, CI, env -i)
            from .services.selftest import core_checks
            from .ui.selftest import qt_checks

            yield from core_checks(Path(scratch))
            yield from qt_checks()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
