"""The staff screen and the change-my-passphrase dialog, driven through real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from shelterdesk.domain.enums import Role
from shelterdesk.domain.errors import AuthenticationError
from shelterdesk.services.vaults import unlock
from shelterdesk.storage.keyslots import MIN_KDF, STAFF, KeySlotFile
from shelterdesk.ui import staff_view
from shelterdesk.ui.passphrase_dialogs import ChangePassphraseDialog
from shelterdesk.ui.staff_view import AddStaffDialog, StaffView
from tests.conftest import ADMIN, ADMIN_PASS
from tests.ui.helpers import button, type_text

NEW_PASS = "purple elephant dancing quietly"


def _unlock(services, username: str, passphrase: str):
    s = services.session
    return unlock(s.vault.directory, username, passphrase, clock=s.clock, state_dir=s.state_dir)


def _add_through_dialog(qtbot, view: StaffView, username: str, passphrase: str) -> AddStaffDialog:
    dialog = AddStaffDialog(view.services, view)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username.line, username)
    type_text(dialog.display_name.line, "Sokha Chan")
    dialog.role.set_value(Role.CASEWORKER.value)
    type_text(dialog.title.line, "Case worker")
    type_text(dialog.phone.line, "+855 12 345 678")
    type_text(dialog.passphrase.edit, passphrase)
    type_text(dialog.confirm_edit, passphrase)
    button(dialog, "Add staff member").click()
    return dialog


@pytest.fixture
def view(qtbot, services):
    v = StaffView(services)
    qtbot.addWidget(v)
    v.show()
    return v


def test_admin_adds_a_caseworker_who_must_change_the_passphrase(qtbot, view, services):
    dialog = _add_through_dialog(qtbot, view, "sokha", NEW_PASS)
    assert dialog.result() == dialog.DialogCode.Accepted
    member = services.staff.get("sokha")
    assert member.role == Role.CASEWORKER and member.must_change_passphrase
    assert member.phone == "+855 12 345 678" and member.title == "Case worker"
    view.refresh()
    assert "sokha" in [view.model.index(r, 0).data() for r in range(view.model.rowCount())]

    services.close()
    session = _unlock(services, "sokha", NEW_PASS)
    try:
        assert session.actor.must_change_passphrase
    finally:
        session.close()


def test_weak_initial_passphrase_is_refused_with_the_message(qtbot, view, services):
    dialog = _add_through_dialog(qtbot, view, "dara", "password1")
    assert dialog.isVisible()
    assert dialog.message.isVisibleTo(dialog)
    assert "another unusual word" in dialog.message.text() or "at least" in dialog.message.text()
    assert "dara" not in [m.username for m in services.staff.list()]


def test_change_role_disable_enable_and_edit_contact(qtbot, view, services):
    services.staff.add("dara", Role.CASEWORKER, NEW_PASS, display_name="Dara")
    view.refresh()
    view.select("dara")
    view.role.set_value(Role.COORDINATOR.value)
    button(view, "Change role").click()
    assert services.staff.get("dara").role == Role.COORDINATOR
    assert "Coordinator" in view.notice.message()

    button(view, "Disable").click()
    assert services.staff.get("dara").disabled
    assert view.model.index(view.model.rows.index(view.current), 3).data() == "Disabled"
    button(view, "Enable").click()
    assert not services.staff.get("dara").disabled

    view.email.line.clear()
    type_text(view.email.line, "dara@example.org")
    button(view, "Save contact details").click()
    assert services.staff.get("dara").email == "dara@example.org"


def test_admin_cannot_disable_or_remove_themselves(qtbot, view):
    view.select(ADMIN)
    assert not button(view, "Disable").isEnabled()
    assert not button(view, "Remove").isEnabled()


def test_removing_rekeys_so_the_old_passphrase_opens_nothing(qtbot, view, services, monkeypatch):
    services.staff.add("dara", Role.CASEWORKER, NEW_PASS)
    view.refresh()
    view.select("dara")
    asked: list[str] = []
    monkeypatch.setattr(staff_view, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    button(view, "Remove").click()
    assert "re-keyed" in asked[0] and "opens nothing" in asked[0]
    assert "dara" not in [m.username for m in services.staff.list()]
    assert "re-keyed" in view.notice.message()

    services.close()
    with pytest.raises(AuthenticationError):
        _unlock(services, "dara", NEW_PASS)
    _unlock(services, ADMIN, ADMIN_PASS).close()


def test_declining_the_removal_changes_nothing(qtbot, view, services, monkeypatch):
    services.staff.add("dara", Role.CASEWORKER, NEW_PASS)
    view.refresh()
    view.select("dara")
    monkeypatch.setattr(staff_view, "confirm", lambda *_a: False)
    button(view, "Remove").click()
    assert "dara" in [m.username for m in services.staff.list()]


def test_recovery_kit_is_saved_after_confirmation(qtbot, view, services, tmp_path: Path, monkeypatch):
    target = tmp_path / "kit.pdf"
    monkeypatch.setattr(staff_view, "confirm", lambda _p, _t, text, _y: "NOT encrypted" in text)
    monkeypatch.setattr(staff_view, "save_file", lambda *_a, **_k: target)
    button(view, "Print recovery kit").click()
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
    assert "no longer opens" in view.notice.message()


def test_wipe_setting_is_off_by_default_and_can_be_turned_on(qtbot, view, services):
    from shelterdesk.services import recovery

    assert not view.wipe_check.isChecked() and not view.wipe_count.isEnabled()
    view.wipe_check.setChecked(True)
    view.wipe_count.setValue(5)
    button(view, "Save setting").click()
    assert recovery.wipe_after(services.session) == 5
    view.wipe_check.setChecked(False)
    button(view, "Save setting").click()
    assert recovery.wipe_after(services.session) is None


def test_change_my_passphrase(qtbot, services):
    dialog = ChangePassphraseDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.current, "not my passphrase at all")
    type_text(dialog.new.edit, NEW_PASS)
    type_text(dialog.confirm, NEW_PASS)
    button(dialog, "Change passphrase").click()
    assert "not right" in dialog.message.text() and dialog.isVisible()

    dialog.current.clear()
    type_text(dialog.current, ADMIN_PASS)
    button(dialog, "Change passphrase").click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.current.text() == "" and dialog.new.text() == ""

    services.close()
    with pytest.raises(AuthenticationError):
        _unlock(services, ADMIN, ADMIN_PASS)
    _unlock(services, ADMIN, NEW_PASS).close()


def test_clear_empties_the_screen(qtbot, view, services):
    view.select(ADMIN)
    view.clear()
    assert view.model.rowCount() == 0 and view.display_name.text() == "" and not view.editor.isEnabled()


def test_staff_model_passes_qtmodeltester(qtmodeltester, view):
    qtmodeltester.check(view.model)


def test_every_role_reaches_change_my_passphrase_in_settings(qtbot, services, tmp_path: Path):
    from shelterdesk.ui.settings_store import SettingsStore
    from shelterdesk.ui.settings_view import SettingsView
    from tests.shared import services_as

    reader = services_as(services, Role.READONLY)
    try:
        settings = SettingsView(reader, SettingsStore(tmp_path / "settings.ini"))
        qtbot.addWidget(settings)
        settings.show()
        button(settings, "Change my passphrase").click()
        assert settings.findChild(ChangePassphraseDialog).isVisible()
    finally:
        reader.close()


def test_key_slots_that_do_not_match_the_vault_are_shown(qtbot, view, services):
    services.staff.add("dara", Role.CASEWORKER, NEW_PASS)
    vault = services.session.vault
    slots = KeySlotFile.from_bytes(vault.slots.to_bytes())
    # A slot planted in the file for nobody on the staff, and Dara's public key damaged.
    slots.add_slot(STAFF, "ghost", bytearray(b"nobody sees this hidden slot"), vault.data_key(), MIN_KDF)
    dara = slots.find(STAFF, "dara")
    dara.public = bytes([dara.public[0] ^ 1]) + dara.public[1:]
    slots.save(vault.slots_path)
    vault.slots = slots
    view.refresh()
    assert view.slot_warning.isVisible() and "ghost" in view.slot_warning.text()
    column = view.model.columnCount() - 1
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Key slot"
    shown = {view.model.index(r, 0).data(): view.model.index(r, column).data()
             for r in range(view.model.rowCount())}
    assert shown == {ADMIN: "OK", "dara": "Altered"}
