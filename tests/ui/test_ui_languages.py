"""Khmer, Simplified Chinese and Vietnamese: shipped, loaded where staff look first, drawn in the right face."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from shelterdesk import paths
from shelterdesk.app import install_translations
from shelterdesk.ui.fonts import apply_app_font, register_fonts
from shelterdesk.ui.intake_dialog import IntakeDialog
from shelterdesk.ui.main_window import MainWindow, Workspace
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.i18n_support import placeholders_match
from tests.ui.shell_support import access_for

I18N = paths.resources_dir() / "i18n"
# language: (sidebar, unlock button, intake's register button, the register's count of 60 and of 1)
EXPECTED = {
    "km": (["ផ្ទាំងសង្ខេប", "បញ្ជី", "ការបញ្ជូន", "ស្ថាប័ន", "បុគ្គលិក និងសវនកម្ម", "ការកំណត់"], "ដោះសោ", "ចុះឈ្មោះ",
           ("60 នាក់", "1 នាក់")),
    "zh_CN": (["概览", "登记册", "转介", "机构", "工作人员与审计", "设置"], "解锁", "登记", ("60 人", "1 人")),
    "vi": (["Tổng quan", "Sổ đăng ký", "Chuyển tuyến", "Cơ quan", "Nhân viên & kiểm tra", "Cài đặt"],
           "Mở khóa", "Đăng ký", ("60 người", "1 người")),
}


@pytest.fixture(params=sorted(EXPECTED))
def language(request, qapp: QApplication):
    locale = QLocale()
    translators = install_translations(qapp, request.param)
    assert translators, f"shelterdesk_{request.param}.qm did not load"
    yield request.param
    for translator in translators:  # later tests expect English
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_unlock_screen_speaks_the_language(qtbot, services, vault_dir, clock, shelterdesk_home, language):
    services.close()
    window = MainWindow(access_for(vault_dir, clock, shelterdesk_home), SettingsStore())
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.unlock_screen.button.text() == EXPECTED[language][1]


def test_workspace_and_intake_speak_the_language(qtbot, services, language):
    sidebar, _unlock, register, counts = EXPECTED[language]
    workspace = Workspace(services, SettingsStore())
    qtbot.addWidget(workspace)
    assert [workspace.sidebar.item(row).text() for row in range(workspace.sidebar.count())] == sidebar
    dialog = IntakeDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.save_button.text() == register
    # Qt has no Khmer plural rule and asks for two forms: both must be there, or the count is blank
    assert tuple(QCoreApplication.translate("RegisterView", "%n people", "", n) for n in (60, 1)) == counts


@pytest.mark.parametrize("code", sorted(EXPECTED) + ["id"])
def test_each_file_says_it_is_unreviewed_and_keeps_placeholders(code):
    ts = I18N / f"shelterdesk_{code}.ts"
    assert "NOT YET REVIEWED by a native speaker" in ts.read_text("utf-8")[:400]
    assert ts.with_suffix(".qm").is_file()
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            continue
        text = translation.findtext("numerusform") or translation.text
        source = message.findtext("source")
        assert placeholders_match(source, text), (code, source)


@pytest.mark.parametrize(("code", "writing_system", "face", "not_before"), [
    ("km", QFontDatabase.WritingSystem.Khmer, "Noto Sans Khmer", None),
    ("zh_CN", QFontDatabase.WritingSystem.SimplifiedChinese, "Noto Sans SC", "Noto Sans KR"),
])
def test_the_interface_script_is_drawn_by_its_bundled_noto_face(qapp, code, writing_system, face, not_before):
    before = qapp.font()
    try:
        families = apply_app_font(qapp, register_fonts(), code).families()
    finally:
        qapp.setFont(before)
    assert families[:2] == ["Noto Sans", face]
    assert writing_system in QFontDatabase.writingSystems(face)
    if not_before:
        assert families.index(face) < families.index(not_before)
