"""The interface language: chosen first, named in itself, shown as in use, kept across restarts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget

from shelterdesk import app as app_module
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.shell_support import access_for, seed, unlocked_window

OWN_NAMES = {"en": "English", "id": "Bahasa Indonesia", "km": "ភាសាខ្មែរ", "zh_CN": "简体中文",
             "vi": "Tiếng Việt"}


def _open_settings(qtbot, services, vault_dir, clock, home, settings: SettingsStore):
    seed(services)
    services.close()
    window = unlocked_window(qtbot, access_for(vault_dir, clock, home), settings)
    window.workspace.show_page("settings")
    return window, window.workspace.settings_view.language


def test_language_menu_names_each_language_in_itself(qtbot, services, vault_dir, clock, shelterdesk_home):
    _window, box = _open_settings(qtbot, services, vault_dir, clock, shelterdesk_home, SettingsStore())
    offered = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert offered == OWN_NAMES


def test_settings_box_shows_the_language_in_use(qtbot, services, vault_dir, clock, shelterdesk_home):
    settings = SettingsStore()
    settings.language = "id"
    _window, box = _open_settings(qtbot, services, vault_dir, clock, shelterdesk_home, settings)
    assert box.currentText() == "Bahasa Indonesia"


def test_demo_language_survives_a_restart_outside_its_vault_folder(qtbot, services, vault_dir, clock,
                                                                     shelterdesk_home):
    demo = app_module.prepare_demo()
    try:
        settings = app_module.interface_settings(demo=True)
        _window, box = _open_settings(qtbot, services, vault_dir, clock, shelterdesk_home, settings)
        box.setCurrentIndex(box.findText("Bahasa Indonesia"))  # the person picks it in Settings
        settings.sync()
        assert not settings.path.is_relative_to(demo.folder)
    finally:
        demo.remove()
    again = app_module.interface_settings(demo=True)  # the next `--demo`
    assert again.language == "id"
    assert SettingsStore().language == "en"  # the real profile's choice is its own


def _answer_language_question(name: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None, "no language question shown"
    choices = dialog.findChild(QListWidget)
    choices.setCurrentItem(choices.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_start_asks_for_the_language_before_anything_else(qtbot, shelterdesk_home, monkeypatch):
    settings = SettingsStore()
    QTimer.singleShot(0, lambda: _answer_language_question("Bahasa Indonesia"))
    app_module.ask_language_first(settings)
    assert settings.language == "id"
    assert SettingsStore().language == "id"  # stored before the translations load
    monkeypatch.setattr(app_module, "LanguageDialog", None)  # asking again would fail here
    app_module.ask_language_first(settings)
    assert settings.language == "id"
