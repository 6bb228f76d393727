"""The composition root: one instance per profile, the demo vault, the crash report, fonts."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from shelterdesk import app as app_module
from shelterdesk.domain.errors import ValidationError
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.ui.crash import CrashHandler, sanitised_report
from shelterdesk.ui.fonts import register_fonts
from tests.ui import shell_support  # noqa: F401 (sets offscreen Qt before the app starts)


def test_a_second_instance_is_refused_and_raises_the_first(qtbot, shelterdesk_home):
    first = app_module.SingleInstance(shelterdesk_home)
    assert first.acquire()
    shown = []
    first.listen(lambda: shown.append(True))
    try:
        second = app_module.SingleInstance(shelterdesk_home)
        assert not second.acquire()
        assert second.ask_running_to_show()
        qtbot.waitUntil(lambda: shown == [True], timeout=2000)
    finally:
        first.release()
    third = app_module.SingleInstance(shelterdesk_home)
    assert third.acquire()  # free again once the first has quit
    third.release()


def test_demo_vault_is_filled_locked_and_removed(qtbot):
    demo = app_module.build_demo(count=12, seed=7)
    try:
        assert demo.access.exists()
        assert app_module.DEMO_PASSPHRASE in demo.hint and app_module.DEMO_USER in demo.hint
        services = demo.access.unlock(app_module.DEMO_USER, app_module.DEMO_PASSPHRASE)
        try:
            assert services.cases.count(CaseQuery()) == 12
        finally:
            services.close()
    finally:
        demo.remove()
    assert not demo.folder.exists()


def _raise_with_data() -> None:
    passport = "A1234567 Budi Santoso"
    raise RuntimeError(f"could not parse {passport}")


def test_crash_report_holds_no_message_or_values():
    try:
        _raise_with_data()
    except RuntimeError:
        exc_type, _exc, tb = sys.exc_info()
        report = sanitised_report(exc_type, tb)
    assert "builtins.RuntimeError" in report
    assert "tests/ui/test_app_shell.py" in report and "_raise_with_data" in report
    assert "Budi" not in report and "A1234567" not in report and "parse" not in report


def test_one_crash_dialog_with_a_copy_button(qtbot):
    handler = CrashHandler()
    for _ in range(2):
        try:
            _raise_with_data()
        except RuntimeError:
            handler(*sys.exc_info())
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()]
    assert dialogs == [handler.dialog]
    qtbot.addWidget(handler.dialog)
    handler.dialog.copy_button.click()
    assert QApplication.clipboard().text() == handler.dialog.report
    assert "Budi" not in handler.dialog.text.toPlainText()


def test_expected_errors_become_messages_not_crash_reports(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("shelterdesk.ui.crash.show_error", lambda parent, e: shown.append(str(e)))
    handler = CrashHandler()
    handler(ValidationError, ValidationError({"name": "Enter a name."}), None)
    assert shown == ["name: Enter a name."] and handler.dialog is None


def test_shipped_fonts_cover_the_scripts_of_names(qapp):
    families = register_fonts()
    assert families and families[0] == "Noto Sans", "the shipped fonts were not found"
    metrics = [QFontMetrics(QFont(f)) for f in families]
    for sample in ("张伟", "សុខដារ៉ា", "মোহাম্মদ", "राम", "አበበ", "محمد", "Nguyễn"):
        for ch in sample:
            assert any(m.inFontUcs4(ord(ch)) for m in metrics), f"no shipped font has U+{ord(ch):04X}"
    for needed in ("Noto Sans SC", "Noto Sans Khmer", "Noto Sans Bengali", "Noto Sans Ethiopic"):
        assert needed in families
