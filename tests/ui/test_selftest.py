"""`shelterdesk --selftest`: every check passes here, a failure makes the exit status 1, the report file
holds the same lines as stdout, and the real profile is never touched."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from shelterdesk import app as app_module
from shelterdesk.letters.fonts import FACES
from shelterdesk.services import selftest as core_selftest
from tests.ui import shell_support  # noqa: F401 (sets offscreen Qt before the app starts)


def _run(tmp_path: Path) -> tuple[int, list[str], list[str]]:
    out = io.StringIO()
    report = tmp_path / "report.txt"
    from shelterdesk.selftest import run

    status = run(report, out)
    return status, out.getvalue().splitlines(), report.read_text(encoding="utf-8").splitlines()


def test_selftest_passes_and_reports_every_check(qtbot, tmp_path, shelterdesk_home) -> None:
    before = dict(os.environ)
    status, printed, reported = _run(tmp_path)
    assert status == 0, "\n".join(printed)
    assert printed == reported
    assert reported[1] == f"Report: {tmp_path / 'report.txt'}"
    assert reported[-1].startswith("RESULT: ") and reported[-1].endswith(" 0 failed")
    checks = [line for line in reported if line.startswith(("PASS", "FAIL"))]
    assert all(line.startswith("PASS") for line in checks)
    names = " ".join(checks)
    for needed in ("SQLCipher version", "FTS5", "vault connection settings", "every bundled font",
                   "UI translation id loads"):
        assert needed in names
    for face in FACES:  # a name in every script a bundled font covers
        assert f"search, {face.key}: " in names
    assert dict(os.environ) == before  # SHELTERDESK_HOME and the Qt platform are put back
    assert list(shelterdesk_home.iterdir()) == []  # the profile in use is never written


def test_a_failed_check_fails_the_selftest(qtbot, tmp_path, monkeypatch) -> None:
    names = dict(core_selftest.SAMPLE_NAMES)
    del names["khmer"]
    monkeypatch.setattr(core_selftest, "SAMPLE_NAMES", names)
    status, printed, reported = _run(tmp_path)
    assert status == 1
    assert "FAIL  search, khmer: no sample name for this script in services/selftest.py" in reported
    # Without a Khmer name the letter cannot exercise the Khmer fonts either.
    assert any(line.startswith("FAIL  letter renders") and "NotoSansKhmer-Bold, NotoSansKhmer-Regular" in line
               for line in reported)
    assert reported[-1].endswith(" 2 failed")


def test_the_app_runs_the_selftest_from_its_command_line(qtbot, tmp_path, capsys) -> None:
    report = tmp_path / "from-app.txt"
    assert app_module.main(["--selftest", "--selftest-report", str(report)]) == 0
    assert capsys.readouterr().out.splitlines() == report.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(("broken", "failed"), [
    ("create_vault", ("temporary vault",)),
    ("engine_facts", ("SQLCipher version", "SQLCipher full-text search (FTS5)", "vault connection settings")),
    ("_letter_check", ("letter renders with every bundled font",)),
])
def test_an_exception_in_a_check_is_a_failed_line_not_a_crash(monkeypatch, tmp_path, broken, failed) -> None:
    def boom(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(core_selftest, broken, boom)
    checks = list(core_selftest.core_checks(tmp_path))
    assert sorted(check.name for check in checks if not check.ok) == sorted(failed)
    assert all("RuntimeError: disk on fire" in check.line() for check in checks if not check.ok)
