"""The case file: one person's record in tabs, with needs, referrals, consent and history.

The survivor record (identity, documents, trafficking profile, notes) is edited
in place and saved with one Save; needs, referrals and consents are saved as
each action is taken. Unsaved edits survive a failed validation (the text stays
in the field), a conflicting save (reload with the edits re-applied) and a
vault lock (`keep_draft()` puts them in the vault; the next open restores them).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ConflictError, ValidationError
from ..domain.models import Survivor
from ..services.registry import Services
from ..services.session import ADMIN_ROLES, LETTER_ROLES, WRITE_ROLES
from . import operations
from .access_report_action import save_access_report
from .case_tabs.attachments import AttachmentsTab
from .case_tabs.base import SurvivorFormTab
from .case_tabs.consent import ConsentTab
from .case_tabs.documents import DocumentsTab
from .case_tabs.history import HistoryTab
from .case_tabs.identity import IdentityTab
from .case_tabs.needs import NeedsTab
from .case_tabs.notes import NotesTab
from .case_tabs.referrals import ReferralsTab
from .case_tabs.trafficking import TraffickingTab
from .clipboard import copy_sensitive
from .erase_dialog import EraseCaseDialog
from .locale_format import country_name, grouped
from .notice_bar import NoticeBar
from .shown import shown
from .transfer_panel import transfer_case
from .vocabulary_labels import enum_label

Changes = dict[str, dict[str, Any]]


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this screen's context; with `n`, %n picks the plural form ("1 person", "2 people")."""
    return QCoreApplication.translate("CaseFile", text, disambiguation or None, n)


def draft_key(survivor_id: int) -> str:
    return f"case:{survivor_id}"


class CaseFileWidget(QWidget):
    letter_requested = Signal(int)
    saved = Signal(int)
    closed = Signal()

    def __init__(self, services: Services, survivor_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.survivor_id = survivor_id
        self.survivor: Survivor | None = None
        self.read_only = not services.session.can(WRITE_ROLES)
        self._baseline: dict[str, dict[str, Any]] = {}

        self.case_number = QLabel()
        font = self.case_number.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.case_number.setFont(font)
        self.case_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.names = QLabel()
        name_font = self.names.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.25)
        self.names.setFont(name_font)
        self.names.setWordWrap(True)
        self.names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: palette(dark);")
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setAccessibleName(tr("Save case"))
        self.save_button.setToolTip(tr("Save the changes to this case (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Discard changes"))
        self.revert_button.setAccessibleName(tr("Discard changes"))
        self.revert_button.clicked.connect(self.discard)
        self.copy_button = QToolButton()
        self.copy_button.setText(tr("Copy"))
        self.copy_button.setAccessibleName(tr("Copy a name or number"))
        self.copy_button.setToolTip(tr("Copy the case number, a name or the passport number. The clipboard is "
                                       "cleared after 30 seconds and when ShelterDesk locks."))
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_menu = QMenu(self.copy_button)
        self.copy_menu.aboutToShow.connect(self._fill_copy_menu)
        self.copy_button.setMenu(self.copy_menu)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setAccessibleName(tr("Close case file"))
        self.close_button.clicked.connect(self.request_close)
        self.own_copy_button = QPushButton(tr("Their own copy…"))
        self.own_copy_button.setAccessibleName(tr("Their own copy"))
        self.own_copy_button.setToolTip(tr("Everything held about this person, as a PDF in their language"))
        self.own_copy_button.clicked.connect(self.ask_access_report)
        self.own_copy_button.setVisible(services.session.can(LETTER_ROLES))
        self.transfer_button = QPushButton(tr("Transfer…"))
        self.transfer_button.setAccessibleName(tr("Transfer to a partner shelter"))
        self.transfer_button.setToolTip(tr("Send this case, sealed, to a trusted partner shelter (needs the "
                                           "person's consent for transfer)"))
        self.transfer_button.clicked.connect(self.ask_transfer)
        self.transfer_button.setVisible(services.session.can(LETTER_ROLES))
        self.erase_button = QPushButton(tr("Erase…"))
        self.erase_button.setAccessibleName(tr("Erase this case"))
        self.erase_button.setToolTip(tr("Erase this case on the person's request (administrators; cannot be undone)"))
        self.erase_button.clicked.connect(self.ask_erase)
        self.erase_button.setVisible(services.session.can(ADMIN_ROLES))
        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        head_text.addWidget(self.case_number)
        head_text.addWidget(self.names)
        head_text.addWidget(self.summary)
        head = QHBoxLayout()
        head.setContentsMargins(24, 16, 24, 8)
        head.addLayout(head_text, 1)
        for b in (self.copy_button, self.own_copy_button, self.transfer_button, self.erase_button, self.revert_button,
                  self.save_button,
                  self.close_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        self.notice = NoticeBar()
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(24, 0, 24, 0)
        notice_row.addWidget(self.notice)

        self.identity = IdentityTab()
        self.documents = DocumentsTab()
        self.trafficking = TraffickingTab()
        self.notes = NotesTab()
        self.form_tabs: dict[str, SurvivorFormTab] = {
            "identity": self.identity, "documents": self.documents,
            "trafficking": self.trafficking, "notes": self.notes,
        }
        self.needs = NeedsTab(services, survivor_id, self.read_only)
        self.referrals = ReferralsTab(services, survivor_id, self.read_only)
        self.consent = ConsentTab(services, survivor_id, self.read_only)
        self.attachments = AttachmentsTab(services, survivor_id, self.read_only)
        self.history = HistoryTab(services, survivor_id)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget, title in ((self.identity, tr("Identity and names")),
                              (self.documents, tr("Documents and immigration")),
                              (self.trafficking, tr("Trafficking profile")), (self.needs, tr("Needs")),
                              (self.referrals, tr("Referrals")), (self.consent, tr("Consent")),
                              (self.attachments, tr("Attachments")), (self.notes, tr("Notes")), (self.history, tr("History"))):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self._tab_shown)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(head)
        outer.addLayout(notice_row)
        outer.addWidget(self.tabs, 1)

        for tab in self.form_tabs.values():
            tab.changed.connect(self._update_buttons)
            tab.set_read_only(self.read_only)
        for tab in (self.needs, self.referrals, self.consent, self.attachments):
            tab.records_changed.connect(self._records_changed)
        self.referrals.letter_requested.connect(self.letter_requested)
        self.referrals.consent_needed.connect(self._record_consent)
        self.save_button.setVisible(not self.read_only)
        self.revert_button.setVisible(not self.read_only)
        # Ctrl+S is the workspace's (it works wherever the focus is and reports in the status bar).
        close_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close_shortcut.activated.connect(self.request_close)  # asks first when something is unsaved

        self._load(services.cases.open_case(survivor_id))
        self._restore_kept_draft()

    # -- loading ---------------------------------------------------------------------------
    def _load(self, survivor: Survivor) -> None:
        self.survivor = survivor
        for tab in self.form_tabs.values():
            tab.load(survivor)
        self._baseline = {name: tab.snapshot() for name, tab in self.form_tabs.items()}
        self._show_header(survivor)
        self.referrals.nationalities = list(survivor.nationalities)
        for tab in (self.needs, self.referrals, self.consent, self.attachments, self.history):
            tab.refresh()
        self._update_buttons()

    def _show_header(self, s: Survivor) -> None:
        self.case_number.setText(s.case_number)
        self.names.setText("   ".join(p for p in (s.display_name, s.native_name if s.native_name != s.display_name
                                                        else "") if p))
        parts = [enum_label(s.status), ", ".join(country_name(c) for c in s.nationalities)]
        if s.stay.admission_date:
            days = (self.services.session.clock.today() - s.stay.admission_date).days
            parts.append(grouped(tr("in the shelter for %n days", "", days), days))
        self.summary.setText(" · ".join(p for p in parts if p))

    def _records_changed(self) -> None:
        self.history.refresh()

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history and self.survivor is not None:
            self.history.refresh()

    def _record_consent(self, kind: str) -> None:
        self.tabs.setCurrentWidget(self.consent)
        self.consent.prepare(kind)

    # -- unsaved changes -----------------------------------------------------------------
    def _changes(self) -> Changes:
        """Per tab, the raw field states that differ from what was loaded."""
        out: Changes = {}
        for name, tab in self.form_tabs.items():
            base = self._baseline.get(name, {})
            diff = {k: v for k, v in tab.snapshot().items() if base.get(k) != v}
            if diff:
                out[name] = diff
        return out

    def _apply_changes(self, changes: Changes) -> None:
        for name, diff in changes.items():
            if name in self.form_tabs:
                self.form_tabs[name].restore(diff)
        self._update_buttons()

    def has_unsaved_changes(self) -> bool:
        return self.survivor is not None and bool(self._changes())

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def keep_draft(self) -> None:
        """Before the vault locks: put unsaved edits into the vault, to be restored at the next open."""
        if self.read_only or not self.has_unsaved_changes():
            return
        self.services.drafts.keep(draft_key(self.survivor_id), {"changes": self._changes()})

    def _restore_kept_draft(self) -> None:
        if self.read_only:
            return
        draft = self.services.drafts.take(draft_key(self.survivor_id))
        if not draft or not draft.get("changes"):
            return
        self._apply_changes(draft["changes"])
        self.notice.show_message(
            tr("Unsaved changes from before the lock were restored."), "info",
            [(tr("Save"), self.save), (tr("Discard"), self.discard)])

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the survivor record; True when saved. Problems are shown next to their fields."""
        if self.read_only or self.survivor is None:
            return False
        edited = copy.deepcopy(self.survivor)
        errors: dict[str, str] = {}
        for tab in self.form_tabs.values():
            errors.update(tab.write_into(edited))
        if errors:
            self._show_errors(errors)
            return False
        saved = operations.run(self, lambda: self.services.cases.update(edited),
                               handlers={ValidationError: lambda e: self._show_errors(e.errors),
                                         ConflictError: lambda _e: self._saved_by_someone_else()},
                               on_failure=operations.in_notice(self.notice))
        if saved is None:
            return False
        self._load(saved)
        self.notice.show_message(tr("Saved."), "success")
        self.saved.emit(saved.id)
        return True

    def _saved_by_someone_else(self) -> None:
        self.notice.show_message(
            tr("Someone else saved this case after you opened it. Reload their version; your edits "
               "will be put back on top of it for you to check and save."), "warning",
            [(tr("Reload and keep my edits"), self.reload_keeping_edits)])

    def _show_errors(self, errors: dict[str, str]) -> None:
        placed: list[str] = []
        first_tab = None
        for tab in self.form_tabs.values():
            keys = tab.show_errors(errors)
            if keys and first_tab is None:
                first_tab = tab
                first_key = keys[0]
            placed.extend(keys)
        rest = [shown(message) for key, message in errors.items() if key not in placed]
        count = len(errors)
        text = tr("Nothing was saved: %n field(s) need attention. Each message is next to its field.", "", count)
        if rest:
            text += " " + " ".join(rest)
        self.notice.show_message(text, "error")
        if first_tab is not None:
            self.tabs.setCurrentWidget(first_tab)
            field = first_tab.fields.get(first_key)
            if field is not None:
                field.setFocus()

    def reload_keeping_edits(self) -> None:
        changes = self._changes()
        fresh = operations.run(self, lambda: self.services.cases.open_case(self.survivor_id),
                               on_failure=operations.in_notice(self.notice))
        if fresh is None:
            return
        self._load(fresh)
        self._apply_changes(changes)
        self.notice.show_message(tr("Reloaded. Your edits are back on top; check them and save."), "info")

    def copy_choices(self) -> list[tuple[str, str]]:
        """(menu text, value) of what can be copied from this case."""
        s = self.survivor
        if s is None:
            return []
        choices = [(tr("Case number"), s.case_number),
                   (tr("Name (passport)"), " ".join(p for p in (s.given_names, s.family_name) if p)),
                   (tr("Name (own script)"), s.native_name)]
        choices += [(tr("Passport number {number}").format(number=n), n) for n in s.passport_numbers()]
        if s.embassy_case_number:
            choices.append((tr("Embassy case number"), s.embassy_case_number))
        return [(label, value) for label, value in choices if value.strip()]

    def _fill_copy_menu(self) -> None:
        self.copy_menu.clear()
        for label, value in self.copy_choices():
            self.copy_menu.addAction(label, lambda v=value: copy_sensitive(v))

    def discard(self) -> None:
        if self.survivor is None:
            return
        self._load(self.services.cases.get(self.survivor_id))
        self.notice.hide()

    def request_close(self) -> None:
        if self.has_unsaved_changes():
            self.notice.show_message(tr("This case has unsaved changes."), "warning",
                                     [(tr("Save and close"), lambda: self.save() and self.closed.emit()),
                                      (tr("Discard and close"), lambda: (self.discard(), self.closed.emit()))])
            return
        self.closed.emit()

    def ask_access_report(self) -> None:
        message, kind = save_access_report(self, self.services, self.survivor_id)
        if message:
            self.notice.show_message(message, kind)
            self.history.refresh()

    def ask_transfer(self) -> None:
        message, kind = transfer_case(self, self.services, self.survivor_id)
        if kind == "success":  # the status and stay may have changed: show them, keeping any edits on top
            changes = self._changes()
            self._load(self.services.cases.get(self.survivor_id))
            self._apply_changes(changes)
        if message:
            self.notice.show_message(message, kind)
            self.history.refresh()

    def ask_erase(self) -> None:
        if self.survivor is None:
            return
        dialog = EraseCaseDialog(self.services, self.survivor_id, self.survivor.case_number, self)
        if dialog.exec() != EraseCaseDialog.DialogCode.Accepted:
            return
        self.clear()  # nothing of the erased case stays on screen or goes into a draft
        self.closed.emit()  # the main window shows the register again, refreshed

    def clear(self) -> None:
        """Wipe every field and list (the vault is locking)."""
        self.survivor = None
        self._baseline = {}
        for tab in self.form_tabs.values():
            tab.clear()
        for tab in (self.needs, self.referrals, self.consent, self.attachments, self.history):
            tab.clear()
        for label in (self.case_number, self.names, self.summary):
            label.clear()
        self.notice.hide()
        self._update_buttons()
