"""The staff screen (administrators): members and their roles, the recovery kit, the wipe setting.

Removing a member re-keys the vault, so their old passphrase opens nothing
from then on. The services refuse all of this to other roles; they never see
the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Role
from ..domain.errors import ValidationError
from ..domain.models import StaffMember
from ..services import recovery
from ..services.registry import Services
from ..services.vault_health import ALTERED, MISSING, UNKNOWN
from . import operations
from .admin_helpers import busy_cursor, confirm, fit_height
from .case_tabs.base import record_table
from .case_tabs.record_list import RecordSelection
from .file_dialogs import save_file
from .form_fields import ChoiceField, Field, TextField
from .form_layout import form_layout, heading
from .notice_bar import NoticeBar
from .passphrase_dialogs import password_edit
from .table_models import Column, RecordTableModel
from .unsaved import AsksBeforeDiscard
from .vocabulary_labels import enum_label
from .widgets import PassphraseField, card_frame, hint_label, message_label, scrolling, show_message


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffView", text)


def role_label(role: Role | str) -> str:
    return enum_label(Role(role))


def role_options() -> list[tuple[str, str]]:
    return [(role.value, role_label(role)) for role in Role]


def slot_label(what: str) -> str:
    return {UNKNOWN: tr("Not on the staff"), ALTERED: tr("Altered"), MISSING: tr("None")}.get(what, what)


def staff_model(parent=None, slot_status: dict[str, str] | None = None) -> RecordTableModel[StaffMember]:
    """`slot_status` (username -> problem) is read at paint time, so the view refreshes it in place."""
    slots = {} if slot_status is None else slot_status
    return RecordTableModel([
        Column(tr("User name"), lambda m: m.username),
        Column(tr("Name"), lambda m: m.display_name),
        Column(tr("Role"), lambda m: role_label(m.role)),
        Column(tr("Account"), lambda m: tr("Disabled") if m.disabled else tr("Active")),
        Column(tr("Passphrase"), lambda m: tr("Must choose their own") if m.must_change_passphrase else ""),
        Column(tr("Key slot"), lambda m: slot_label(slots[m.username]) if m.username in slots else tr("OK")),
    ], muted=lambda m: m.disabled, parent=parent)


class AddStaffDialog(AsksBeforeDiscard):
    """A new member with a one-time passphrase that they must replace at their first unlock."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.added: StaffMember | None = None
        self.setWindowTitle(tr("Add a staff member"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(tr("Add a staff member")))
        self.username = TextField(tr("User name"), tr("e.g. sokha"))
        self.display_name = TextField(tr("Name"), tr("as it appears in letters"))
        self.role = ChoiceField(tr("Role"), role_options())
        self.role.set_value(Role.CASEWORKER.value)
        self.title = TextField(tr("Job title"))
        self.phone = TextField(tr("Phone"))
        self.email = TextField(tr("Email"))
        self.passphrase = PassphraseField(lambda: (self.username.value(), self.display_name.value()))
        self.passphrase.edit.setAccessibleName(tr("One-time passphrase"))
        self.confirm_edit = password_edit(tr("Type the one-time passphrase again"))
        self.fields: dict[str, Field] = {"username": self.username, "display_name": self.display_name,
                                         "role": self.role, "title": self.title, "phone": self.phone,
                                         "email": self.email}
        form = form_layout()
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Name"), self.display_name)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Job title"), self.title)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Email"), self.email)
        form.addRow(tr("One-time passphrase"), self.passphrase)
        form.addRow(tr("Again"), self.confirm_edit)
        layout.addLayout(form)
        layout.addWidget(hint_label(tr("Name, job title, phone and email are printed in the letters this person signs. "
                                  "Give them the one-time passphrase in person: ShelterDesk asks them to choose "
                                  "their own the first time they unlock.")))
        self.message = message_label()
        self.message.setAccessibleName(tr("Add staff message"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(tr("Cancel"))
        cancel.setAccessibleName(tr("Cancel"))
        cancel.setAutoDefault(False)
        self.add_button = QPushButton(tr("Add staff member"))
        self.add_button.setObjectName("primary")
        self.add_button.setAccessibleName(tr("Add staff member"))
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.cancel)
        self.add_button.clicked.connect(self.add)
        self.passphrase.changed.connect(lambda: fit_height(self))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        fit_height(self)

    def add(self) -> None:
        if self.passphrase.text() != self.confirm_edit.text():
            show_message(self.message, tr("The two passphrases differ. Type them again."))
            return
        added = operations.run(self, lambda: self.services.staff.add(
            self.username.value(), self.role.value(), self.passphrase.text(),
            display_name=self.display_name.value(), phone=self.phone.value(), email=self.email.value(),
            title=self.title.value()), handlers={ValidationError: self._show_errors},
            on_failure=operations.in_label(self.message, lambda: fit_height(self)))
        if added is None:
            return
        self.added = added
        self.passphrase.edit.clear()
        self.confirm_edit.clear()
        self.accept()

    def has_unsaved_input(self) -> bool:
        return any(field.raw() for key, field in self.fields.items() if key != "role") or bool(self.passphrase.text())

    def _show_errors(self, error: ValidationError) -> None:
        for key, text in error.errors.items():
            if key in self.fields:
                self.fields[key].set_error(text)
        operations.in_label(self.message, lambda: fit_height(self))(error)


class StaffView(RecordSelection, QWidget):
    key_attribute = "username"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.current: StaffMember | None = None
        self.slot_status: dict[str, str] = {}
        self.model = staff_model(self, self.slot_status)
        self.table = record_table(self.model)
        self.table.setAccessibleName(tr("Staff members"))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.notice = NoticeBar()

        self.add_button = QPushButton(tr("Add staff member…"))
        self.add_button.setObjectName("primary")
        self.kit_button = QPushButton(tr("Print recovery kit…"))
        top = QHBoxLayout()
        top.addWidget(heading(tr("Staff")), 1)
        top.addWidget(self.kit_button)
        top.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_member)
        self.kit_button.clicked.connect(self.print_recovery_kit)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        editor = scrolling(self._member_editor())
        editor.setMaximumWidth(480)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 12)
        outer.setSpacing(8)
        outer.addLayout(top)
        outer.addWidget(self.notice)
        self.slot_warning = QLabel()
        self.slot_warning.setObjectName("slotWarning")
        self.slot_warning.setWordWrap(True)
        self.slot_warning.setStyleSheet("background: #fff4e5; color: #663c00; padding: 8px 12px;")
        outer.addWidget(self.slot_warning)
        outer.addWidget(splitter, 1)
        outer.addWidget(self._wipe_card())
        for b in self.findChildren(QPushButton):
            b.setAccessibleName(b.text().rstrip("…"))
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _member_editor(self) -> QWidget:
        self.editor = QWidget()
        box = QVBoxLayout(self.editor)
        box.setContentsMargins(16, 0, 0, 0)
        self.editor_title = heading(tr("Staff member"))
        box.addWidget(self.editor_title)
        self.state_label = hint_label("")
        box.addWidget(self.state_label)
        self.display_name = TextField(tr("Name"))
        self.title = TextField(tr("Job title"))
        self.phone = TextField(tr("Phone"))
        self.email = TextField(tr("Email"))
        self.role = ChoiceField(tr("Role"), role_options())
        form = form_layout()
        form.addRow(tr("Name"), self.display_name)
        form.addRow(tr("Job title"), self.title)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Email"), self.email)
        box.addLayout(form)
        self.save_button = QPushButton(tr("Save contact details"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(tr("Role")))
        role_row.addWidget(self.role, 1)
        self.role_button = QPushButton(tr("Change role"))
        role_row.addWidget(self.role_button)
        box.addLayout(role_row)
        account = QHBoxLayout()
        self.disable_button = QPushButton(tr("Disable"))
        self.enable_button = QPushButton(tr("Enable"))
        self.remove_button = QPushButton(tr("Remove…"))
        account.addWidget(self.disable_button)
        account.addWidget(self.enable_button)
        account.addStretch(1)
        account.addWidget(self.remove_button)
        box.addLayout(account)
        box.addWidget(hint_label(tr("Disabling keeps the account but refuses unlocks. Removing deletes the "
                               "person's key and re-keys the vault.")))
        box.addStretch(1)
        self.save_button.clicked.connect(self.save_contact)
        self.role_button.clicked.connect(self.change_role)
        self.disable_button.clicked.connect(lambda: self.set_disabled(True))
        self.enable_button.clicked.connect(lambda: self.set_disabled(False))
        self.remove_button.clicked.connect(self.remove)
        self.editor.setEnabled(False)
        self.editor.setMaximumWidth(460)
        return self.editor

    def _wipe_card(self) -> QFrame:
        card, layout = card_frame(margins=(20, 12, 20, 16), spacing=8)
        layout.addWidget(heading(tr("Wrong passphrases")))
        row = QHBoxLayout()
        self.wipe_check = QCheckBox(tr("Wipe every staff passphrase after"))
        self.wipe_check.setAccessibleName(tr("Wipe every staff passphrase after wrong attempts"))
        self.wipe_count = QSpinBox()
        self.wipe_count.setRange(3, 100)
        self.wipe_count.setValue(10)
        self.wipe_count.setAccessibleName(tr("Number of wrong attempts in a row"))
        self.wipe_button = QPushButton(tr("Save setting"))
        row.addWidget(self.wipe_check)
        row.addWidget(self.wipe_count)
        row.addWidget(QLabel(tr("wrong attempts in a row")))
        row.addStretch(1)
        row.addWidget(self.wipe_button)
        layout.addLayout(row)
        layout.addWidget(hint_label(tr(
            "Off by default. When it is on and someone types a wrong passphrase that many times in a row, "
            "nobody's passphrase opens the vault any more: only the printed recovery kit (or a backup) does. "
            "Keep the kit at hand before you turn this on. Wrong passphrases always make the next attempt wait.")))
        self.wipe_check.toggled.connect(self.wipe_count.setEnabled)
        self.wipe_button.clicked.connect(self.save_wipe_setting)
        return card

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current.username if self.current is not None else None
        self.slot_status.clear()
        self.slot_status.update(self.services.staff.slot_status())
        members = self.services.staff.list()
        strangers = sorted(set(self.slot_status) - {m.username for m in members})
        self.slot_warning.setText(tr("The key-slot file holds slots for names that are not on the staff: {names}. "
                                     "They were added outside ShelterDesk and open the vault until the next "
                                     "re-key; make a new recovery kit now (that re-keys) and check the audit "
                                     "log.").format(names=", ".join(strangers)))
        self.slot_warning.setVisible(bool(strangers))
        self.model.set_rows(members)
        limit = recovery.wipe_after(self.services.session)
        self.wipe_check.setChecked(limit is not None)
        self.wipe_count.setEnabled(limit is not None)
        if limit is not None:
            self.wipe_count.setValue(limit)
        self.select(keep if keep is not None else self.services.session.actor.username)

    def _show_selected(self) -> None:
        member = self.selected()
        if member is not None:
            self.load(member)

    def load(self, member: StaffMember) -> None:
        self.current = member
        self.editor.setEnabled(True)
        self.editor_title.setText(f"{member.display_name} ({member.username})")
        states = [tr("Disabled: cannot unlock.") if member.disabled else tr("Active.")]
        if member.must_change_passphrase:
            states.append(tr("Has not chosen their own passphrase yet."))
        self.state_label.setText(" ".join(states))
        for field, value in ((self.display_name, member.display_name), (self.title, member.title),
                             (self.phone, member.phone), (self.email, member.email)):
            field.set_value(value)
            field.set_error(None)
        self.role.set_value(member.role.value)
        me = member.username == self.services.session.actor.username
        self.disable_button.setVisible(not member.disabled)
        self.enable_button.setVisible(member.disabled)
        for b in (self.disable_button, self.remove_button):
            b.setEnabled(not me)
            b.setToolTip(tr("You cannot do this to your own account.") if me else "")

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action, done: str) -> bool:
        if not operations.succeeded(self, action, on_failure=operations.in_notice(self.notice)):
            return False
        self.notice.show_message(done, "success")
        self.refresh()
        return True

    def add_member(self) -> None:
        dialog = AddStaffDialog(self.services, self)
        if dialog.exec() and dialog.added is not None:
            self.notice.show_message(tr("{user} was added. Give them the one-time passphrase in person; they "
                                        "choose their own at their first unlock.").format(user=dialog.added.username),
                                     "success")
            self.current = dialog.added
            self.refresh()

    def save_contact(self) -> None:
        if self.current is None:
            return
        member = StaffMember(username=self.current.username, display_name=self.display_name.value(),
                             role=self.current.role, phone=self.phone.value(), email=self.email.value(),
                             title=self.title.value())
        self._run(lambda: self.services.staff.update_profile(member), tr("Contact details saved."))

    def change_role(self) -> None:
        if self.current is None:
            return
        user, role = self.current.username, self.role.value()
        self._run(lambda: self.services.staff.set_role(user, role),
                  tr("{user} is now: {role}.").format(user=user, role=role_label(role)))

    def set_disabled(self, disabled: bool) -> None:
        if self.current is None:
            return
        user = self.current.username
        done = (tr("{user} is disabled: their passphrase no longer unlocks.") if disabled
                else tr("{user} can unlock again.")).format(user=user)
        self._run(lambda: self.services.staff.set_disabled(user, disabled), done)

    def remove(self) -> None:
        if self.current is None:
            return
        user = self.current.username
        if not confirm(self, tr("Remove a staff member"), tr(
                "Remove {user}?\n\nTheir key is deleted and the whole vault is re-keyed (this takes a moment). "
                "From then on their passphrase opens nothing in this vault.\n\nBackups made before today still "
                "open with it: replace them.").format(user=user), tr("Remove and re-key")):
            return
        with busy_cursor():
            removed = self._run(lambda: self.services.staff.remove(user),
                                tr("{user} was removed and the vault re-keyed. Their passphrase opens nothing "
                                   "from now on.").format(user=user))
        if removed:
            self.current = None
            self.editor.setEnabled(False)
            self.editor_title.setText(tr("Staff member"))

    def print_recovery_kit(self) -> None:
        if not confirm(self, tr("Print a new recovery kit"), tr(
                "A new recovery code is made and the old one stops working at once: destroy the old page.\n\n"
                "The PDF is NOT encrypted. Print it, keep the paper locked away from this computer, and "
                "delete the file."), tr("Make a new recovery code")):
            return
        path = save_file(self, tr("Save the recovery kit"), "shelterdesk-recovery-kit.pdf", tr("PDF files (*.pdf)"),
                         default_suffix="pdf", vault_dir=self.services.session.vault.directory)
        if path is None:
            return
        with busy_cursor():  # a new code re-keys the whole vault
            self._run(lambda: recovery.new_recovery_kit(self.services.session, path),
                      tr("New recovery kit saved to {path}. Print it, lock the paper away and delete the file. "
                         "The old recovery code no longer opens the vault.").format(path=path))

    def save_wipe_setting(self) -> None:
        limit = self.wipe_count.value() if self.wipe_check.isChecked() else None
        done = (tr("Off: wrong passphrases only make the next attempt wait.") if limit is None else
                tr("On: after {n} wrong passphrases in a row every staff passphrase stops working.").format(n=limit))
        self._run(lambda: recovery.set_wipe_after(self.services.session, limit), done)

    def clear(self) -> None:
        self.model.clear()
        self.current = None
        for field in (self.display_name, self.title, self.phone, self.email):
            field.set_raw(None)
        self.editor_title.setText(tr("Staff member"))
        self.state_label.clear()
        self.notice.hide()
        self.editor.setEnabled(False)
