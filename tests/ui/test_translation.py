"""The Indonesian UI translation: it ships, it loads, and it shows where staff look first."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from shelterdesk import paths
from shelterdesk.app import install_translations
from shelterdesk.ui.intake_dialog import IntakeDialog
from shelterdesk.ui.language_dialog import available_languages
from shelterdesk.ui.main_window import Workspace
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.i18n_support import placeholders_match

TS = paths.resources_dir() / "i18n" / "shelterdesk_id.ts"
# What must survive translation for .format(), .replace("%1", …) and Qt accelerators to work.


@pytest.fixture
def indonesian(qapp: QApplication):
    locale = QLocale()
    translators = install_translations(qapp, "id")
    yield translators
    for translator in translators:  # later tests expect English
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_settings_offer_indonesian():
    assert ("id", "Bahasa Indonesia") in available_languages()


def test_workspace_sidebar_and_register_show_indonesian(qtbot, services, indonesian):
    assert indonesian, "shelterdesk_id.qm did not load"
    workspace = Workspace(services, SettingsStore())
    qtbot.addWidget(workspace)
    sidebar = [workspace.sidebar.item(row).text() for row in range(workspace.sidebar.count())]
    assert sidebar == ["Dasbor", "Daftar", "Rujukan", "Lembaga", "Staf & audit", "Pengaturan"]
    assert workspace.lock_button.text() == "Kunci  (Ctrl+L)"
    buttons = {b.text() for b in workspace.findChildren(type(workspace.lock_button))}
    assert "Penerimaan baru" in buttons


def test_module_wrapper_strings_are_filed_under_their_runtime_context(indonesian):
    # case tabs translate through `tr()` wrappers naming a context lupdate cannot see
    assert QCoreApplication.translate("NeedsTab", "Add a need") == "Tambah kebutuhan"
    assert QCoreApplication.translate("messages", "The disk is full") == "Disk penuh"


def test_english_is_back_once_the_translator_is_removed(qapp, indonesian):
    for translator in indonesian:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("NeedsTab", "Add a need") == "Add a need"


def test_translations_keep_placeholders_and_accelerators():
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            continue
        text = translation.findtext("numerusform") or translation.text
        source = message.findtext("source")
        assert placeholders_match(source, text), source


def test_intake_speaks_indonesian_down_to_the_services_rules_and_country_names(qtbot, services, indonesian):
    dialog = IntakeDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.family.line, "Rai")
    dialog.nationalities.add("DE")
    assert dialog.nationalities.chips_row.itemAt(0).widget().text().startswith("Jerman (DE)")
    qtbot.keyClicks(dialog.dob.line, "14/03/1996")
    qtbot.keyClicks(dialog.age.line, "30")
    qtbot.keyClick(dialog.family.line, Qt.Key.Key_Return)
    assert dialog.age.error_text() == "Isi tanggal lahir atau perkiraan usia, jangan keduanya."
