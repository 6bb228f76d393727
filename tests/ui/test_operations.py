"""The one way a screen runs an action: expected errors become messages, faults reach the crash handler."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from shelterdesk.domain.errors import ConflictError, ShelterDeskError, ValidationError
from shelterdesk.ui import operations
from shelterdesk.ui.forms import NoticeBar


def test_success_passes_the_result_on(qtbot) -> None:
    seen = []
    assert operations.run(None, lambda: 42, seen.append) == 42
    assert seen == [42]
    assert operations.succeeded(None, lambda: None) is True


def test_an_expected_error_is_shown_in_a_message_box_and_nothing_else_runs(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()
    QTimer.singleShot(0, read_box)
    after = []
    result = operations.run(parent, lambda: (_ for _ in ()).throw(ShelterDeskError("The agency has referrals.")),
                            after.append)
    assert result is None and after == []
    assert shown == ["The agency has referrals."]


def test_handlers_pick_by_type_and_the_rest_go_to_on_failure(qtbot) -> None:
    notice = NoticeBar()
    qtbot.addWidget(notice)
    conflicts = []

    def refuse(error: ShelterDeskError):
        def action():
            raise error
        return action
    handlers = {ConflictError: conflicts.append}
    operations.run(None, refuse(ConflictError("saved first")), handlers=handlers,
                   on_failure=operations.in_notice(notice))
    assert len(conflicts) == 1 and notice.isHidden()
    operations.run(None, refuse(ValidationError({"family_name": "Give a family name.",
                                                  "languages": "Unknown language: Klingon"})),
                   handlers=handlers, on_failure=operations.in_notice(notice))
    assert notice.label.text() == "Give a family name.\nUnknown language: Klingon"
    label = QLabel()
    assert not operations.succeeded(None, refuse(ShelterDeskError("Disk full.")),
                                    on_failure=operations.in_label(label))
    assert label.text() == "Disk full."


def test_a_fault_in_the_program_reaches_the_crash_handler_not_the_person(qtbot, monkeypatch) -> None:
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: caught.append(kind))
    failures = []
    assert operations.run(None, lambda: 1 / 0, on_failure=failures.append) is None
    assert caught == [ZeroDivisionError] and failures == []


def test_no_screen_catches_domain_errors_by_hand() -> None:
    """Every screen goes through operations.run, so a refusal always looks and behaves the same."""
    import re
    from pathlib import Path

    import shelterdesk.ui
    from shelterdesk.domain import errors
    names = {n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, ShelterDeskError)}
    catch = re.compile(r"except\s*\(?([\w\s,.]+)\)?")
    offenders = []
    for path in Path(shelterdesk.ui.__file__).parent.rglob("*.py"):
        if path.name == "operations.py":
            continue
        for match in catch.finditer(path.read_text()):
            caught = {n.strip().split(".")[-1] for n in match.group(1).split(",")}
            if caught & names:
                offenders.append(f"{path.name}: {match.group(0)}")
    assert offenders == []
