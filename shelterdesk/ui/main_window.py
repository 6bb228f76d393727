"""The main window: first run, unlock, and the workspace (sidebar + screens); locking and resuming.

The window title never holds survivor data: "ShelterDesk" while locked,
"ShelterDesk — <shelter name>" while unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Role
from ..domain.queries import CaseQuery, CaseSummary
from ..services.registry import Services
from ..services.session import ADMIN_ROLES, LETTER_ROLES, WRITE_ROLES
from ..services.vaults import shelter_profile
from . import operations
from .agencies_view import AgenciesView
from .audit_view import AuditView
from .backup_dialog import BackupDialog, BackupReminder
from .batch_letters_dialog import BatchLettersDialog
from .case_file import CaseFileWidget
from .clipboard import clear_sensitive
from .dashboard_view import DashboardView
from .export_dialog import ExportDialog
from .first_run import FirstRunScreen
from .import_dialog import ImportDialog
from .intake_dialog import IntakeDialog
from .letter_dialog import LetterDialog
from .lock import LOCK_SHORTCUT, PANIC_SHORTCUT, IdleWatcher
from .referrals_view import ReferralsOverview
from .register_view import RegisterView
from .report_dialog import ReportDialog
from .settings_store import SettingsStore
from .settings_view import SettingsView
from .shown import shown
from .staff_view import StaffView
from .unlock import FirstPassphraseScreen, UnlockScreen, VaultAccess
from .vocabulary_labels import enum_label

APP_TITLE = "ShelterDesk"


@dataclass
class Location:
    """Where the user was when the vault locked: a screen key and the open case (an id, never a name)."""

    username: str
    screen: str
    case_id: int | None = None


class Workspace(QWidget):
    """Everything shown while unlocked. Built at unlock, destroyed at lock."""

    lock_requested = Signal()
    title_changed = Signal(str)
    status_message = Signal(str)  # a short line for the status bar (never survivor data)

    def __init__(self, services: Services, settings: SettingsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.services, self.settings = services, settings
        self.pages: dict[str, QWidget] = {}
        self.case_file: CaseFileWidget | None = None
        self.case_id: int | None = None
        self.dialogs: list[QDialog] = []
        self.can_write = services.session.can(WRITE_ROLES)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        panel = QWidget()
        panel.setObjectName("sidebarPanel")
        panel.setFixedWidth(230)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        title = QLabel(APP_TITLE)
        title.setObjectName("sidebarTitle")
        side.addWidget(title)
        actor = services.session.actor
        who = QLabel(self.tr("{name} · {role}").format(name=actor.display_name, role=self._role_label()))
        who.setObjectName("sidebarUser")
        who.setWordWrap(True)
        side.addWidget(who)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Screens"))
        side.addWidget(self.sidebar, 1)
        self.lock_button = QPushButton(self.tr("Lock  (Ctrl+L)"))
        self.lock_button.setObjectName("sidebarLock")
        self.lock_button.setAccessibleName(self.tr("Lock the vault"))
        self.lock_button.clicked.connect(self.lock_requested)
        if services.session.can(ADMIN_ROLES):
            backup_button = QPushButton(self.tr("Backup && restore…"))
            backup_button.setObjectName("sidebarLock")  # the same quiet sidebar button style
            backup_button.setAccessibleName(self.tr("Backup and restore"))
            backup_button.clicked.connect(self.open_backup)
            side.addWidget(backup_button)
        side.addWidget(self.lock_button)
        row.addWidget(panel)
        self.stack = QStackedWidget()
        self.backup_reminder = BackupReminder(services)  # shown to administrators when a backup is due
        self.backup_reminder.backup_requested.connect(self.open_backup)
        column = QVBoxLayout()
        if services.session.rollback_suspected:
            warning = QLabel(self.tr(
                "This vault is older than the last state this computer saw: it may have been put back from "
                "an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; "
                "they can run “Check the log” (Staff & audit) and restore the latest backup."))
            warning.setObjectName("rollbackWarning")
            warning.setWordWrap(True)
            warning.setStyleSheet("background: #fdecea; color: #8a1c12; padding: 10px 14px;")
            column.addWidget(warning)
        if services.session.warnings:  # the vault's files (key slots, leftover databases): see docs/SECURITY.md
            files_warning = QLabel("\n\n".join(shown(w) for w in services.session.warnings))
            files_warning.setObjectName("vaultFilesWarning")
            files_warning.setWordWrap(True)
            files_warning.setStyleSheet("background: #fff4e5; color: #663c00; padding: 10px 14px;")
            column.addWidget(files_warning)
        column.addWidget(self.backup_reminder)
        column.addWidget(self.stack, 1)
        row.addLayout(column, 1)

        self.dashboard = DashboardView(services)
        self.dashboard.open_register.connect(self.show_register_filtered)
        self.dashboard.open_referrals.connect(self.show_referrals_filtered)
        self.dashboard.export_requested.connect(self.open_export)
        self.dashboard.import_requested.connect(self.open_import)
        self.dashboard.report_requested.connect(self.open_report)
        self._add_page("dashboard", self.tr("Dashboard"), self.dashboard)
        self.register = RegisterView(services, settings)
        self.register.open_case.connect(self.open_case)
        self.register.new_intake.connect(self.new_intake)
        self._add_page("register", self.tr("Register"), self.register)
        referrals = ReferralsOverview(services, None)
        referrals.open_case.connect(self.open_case)
        referrals.batch_requested.connect(self.open_batch)
        self.register.batch_requested.connect(self.open_batch)
        self._add_page("referrals", self.tr("Referrals"), referrals)
        self._add_page("agencies", self.tr("Agencies"), AgenciesView(services, None))
        if services.session.can(ADMIN_ROLES):
            self._add_page("staff", self.tr("Staff & audit"), self._admin_page())
        self.settings_view = SettingsView(services, settings)
        self.settings_view.profile_saved.connect(self.title_changed)
        self._add_page("settings", self.tr("Settings"), self.settings_view)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        # Coordinators start at the dashboard; everyone else at the register.
        first = "dashboard" if services.session.actor.role == Role.COORDINATOR else "register"
        self.sidebar.setCurrentRow(list(self.pages).index(first))
        self._shortcuts()

    def _role_label(self) -> str:
        return enum_label(self.services.session.actor.role)

    # -- pages ----------------------------------------------------------------------------
    def _add_page(self, key: str, label: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)

    def _admin_page(self) -> QWidget:
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        tabs.addTab(StaffView(self.services, None), self.tr("Staff"))
        tabs.addTab(AuditView(self.services, None), self.tr("Audit log"))
        # The log grows while the app is used: show it fresh whenever its tab is opened.
        tabs.currentChanged.connect(lambda index: _refresh(tabs.widget(index)))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(tabs)
        return page

    def _sidebar_changed(self, row: int) -> None:
        item = self.sidebar.item(row)
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def show_page(self, key: str) -> None:
        widget = self.pages.get(key)
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        self._mark_in_sidebar(key)
        if key == "register":
            self.register.refresh()
            if self.case_id is not None:
                self.register.select_case(self.case_id)
        elif key == "staff":
            _refresh(widget.findChild(QTabWidget).currentWidget())
        elif key in ("referrals", "agencies", "dashboard"):
            _refresh(widget)

    def _mark_in_sidebar(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.blockSignals(True)
                self.sidebar.setCurrentRow(row)
                self.sidebar.blockSignals(False)

    def current_screen(self) -> str:
        if self.case_file is not None and self.stack.currentWidget() is self.pages.get("case"):
            return "case"
        for key, widget in self.pages.items():
            if widget is self.stack.currentWidget():
                return key
        return "register"

    # -- the case file ------------------------------------------------------------------------
    def open_case(self, survivor_id: int) -> None:
        if self.case_file is not None and self.case_id != survivor_id:
            self._close_case_file()
        if self.case_file is None:
            self.case_file = operations.run(self, lambda: CaseFileWidget(self.services, survivor_id, None))
            if self.case_file is None:
                return
            self.case_id = survivor_id
            self.case_file.letter_requested.connect(self.open_letter)
            self.case_file.saved.connect(lambda _id: self.register.refresh())
            self.case_file.closed.connect(self._case_closed)
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(16, 12, 16, 12)
            layout.addWidget(self.case_file, 1)
            if "case" in self.pages:
                self.stack.removeWidget(self.pages["case"])
                self.pages["case"].deleteLater()
            self.pages["case"] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.pages["case"])
        self._mark_in_sidebar("register")  # a case file belongs to the register, whichever screen opened it

    def _case_closed(self) -> None:
        self._close_case_file()
        self.show_page("register")

    def _close_case_file(self) -> None:
        if self.case_file is not None and self.case_file.has_unsaved_changes():
            self.case_file.keep_draft()
        if self.case_file is not None:
            self.case_file.clear()
        self.case_file, self.case_id = None, None

    def new_intake(self) -> None:
        if not self.can_write:
            return
        dialog = IntakeDialog(self.services, self)
        dialog.registered.connect(self._registered)
        dialog.open_case.connect(self.open_case)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        self.dialogs.append(dialog)
        dialog.open()

    def _registered(self, survivor_id: int) -> None:
        self.register.refresh()
        self.open_case(survivor_id)

    def open_letter(self, referral_id: int) -> None:
        dialog = operations.run(self, lambda: LetterDialog(
            self.services, self.services.referrals.get(referral_id).survivor_id, referral_id=referral_id,
            parent=self))
        if dialog is None:
            return
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        self.dialogs.append(dialog)
        dialog.open()

    def open_batch(self, chosen: list[CaseSummary] | None = None) -> None:
        """The batch-letters dialog: for a filter (Referrals screen) or for the people picked in the register."""
        if not self.services.letters.can_issue():
            return
        self._open_dialog(BatchLettersDialog(self.services, self, chosen))

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        self.dialogs.append(dialog)
        dialog.open()

    def open_backup(self) -> None:
        dialog = BackupDialog(self.services, self)
        dialog.lock_requested.connect(self.lock_requested)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        dialog.finished.connect(self.backup_reminder.refresh)
        self.dialogs.append(dialog)
        dialog.open()

    def show_register_filtered(self, query: CaseQuery, description: str) -> None:
        self.show_page("register")
        self.register.show_query(query, description)

    def show_referrals_filtered(self, kind: str | None, agency_id: int | None, follow_up: str | None) -> None:
        self.show_page("referrals")
        self.pages["referrals"].show_agency(kind, agency_id, follow_up=follow_up)

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        self.dialogs.append(dialog)
        dialog.open()

    def open_export(self) -> None:
        if self.services.session.can(LETTER_ROLES):
            self._open_dialog(ExportDialog(self.services, self))

    def open_report(self) -> None:
        if self.services.session.can(LETTER_ROLES):
            self._open_dialog(ReportDialog(self.services, self))

    def open_import(self) -> None:
        if self.services.session.can(LETTER_ROLES):
            dialog = ImportDialog(self.services, self)
            dialog.finished.connect(lambda _result: self.register.refresh())
            self._open_dialog(dialog)

    def _forget_dialog(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    # -- shortcuts ------------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, action in ((QKeySequence("Ctrl+N"), self.new_intake), (QKeySequence("Ctrl+F"), self.focus_search),
                             (QKeySequence("F5"), self.refresh), (QKeySequence.StandardKey.Save, self.save_current),
                             (QKeySequence("Ctrl+D"), lambda: self.show_page("dashboard"))):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(action)
        for number, key in enumerate(self.pages, start=1):
            if key != "case":
                shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
                shortcut.setContext(context)
                shortcut.activated.connect(lambda k=key: self.show_page(k))

    def save_current(self) -> None:
        """Ctrl+S from anywhere: save the open case file, and say what happened in the status bar."""
        case_file = self.case_file
        if case_file is None or self.current_screen() != "case":
            self.status_message.emit(self.tr("Nothing to save here: Ctrl+S saves an open case file."))
        elif getattr(case_file, "read_only", False):
            self.status_message.emit(self.tr("Your role can read this case but not change it."))
        elif not case_file.has_unsaved_changes():
            self.status_message.emit(self.tr("No changes to save."))
        elif case_file.save():
            self.status_message.emit(self.tr("Case saved."))
        else:
            self.status_message.emit(self.tr("Not saved: see the message above the case."))

    def focus_search(self) -> None:
        self.show_page("register")
        self.register.focus_search()

    def refresh(self) -> None:
        widget = self.stack.currentWidget()
        tabs = widget.findChild(QTabWidget) if widget is self.pages.get("staff") else None
        _refresh(tabs.currentWidget() if tabs is not None else widget)

    # -- locking ----------------------------------------------------------------------------------
    def teardown(self) -> None:
        """Before the vault closes: keep unsaved case edits as drafts, close dialogs, clear every model."""
        self._close_case_file()
        for dialog in list(self.dialogs):  # reject() never asks (AsksBeforeDiscard): locking must not wait
            dialog.reject()
        for widget in self.pages.values():
            for screen in [widget, *widget.findChildren(QWidget)]:
                clear = getattr(screen, "clear", None)
                if callable(clear) and hasattr(screen, "refresh"):  # a screen of live data, not a line edit
                    clear()


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, access: VaultAccess, settings: SettingsStore, *, demo_hint: str = "",
                 preparing: str = "", check_every_ms: int = 5000, parent: QWidget | None = None):
        """`preparing`: the vault is still being built elsewhere (the demo); the unlock screen shows this
        text with its button off until `unlock_screen.release()`."""
        super().__init__(parent)
        self.access, self.settings = access, settings
        self.services: Services | None = None
        self.workspace: Workspace | None = None
        self.resume: Location | None = None
        self.setWindowTitle(APP_TITLE)
        self.setMinimumSize(900, 600)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(access, settings, demo_hint)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.stack.addWidget(self.unlock_screen)
        self.first_run: FirstRunScreen | None = None
        self.passphrase_screen: FirstPassphraseScreen | None = None
        self.tray: QSystemTrayIcon | None = None

        self.idle = IdleWatcher(access.clock.monotonic, settings.auto_lock_minutes, self, check_every_ms)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)
        for keys, action, name in ((LOCK_SHORTCUT, self.lock, "lock"), (PANIC_SHORTCUT, self.panic, "panic")):
            shortcut = QShortcut(keys, self)
            shortcut.setObjectName(f"{name}Shortcut")
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(action)

        if preparing:
            self.unlock_screen.hold(preparing)
        if access.exists() or preparing:
            self.stack.setCurrentWidget(self.unlock_screen)
        else:
            self.first_run = FirstRunScreen(access)
            self.first_run.finished.connect(self._enter)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)

    # -- unlocking ---------------------------------------------------------------------------
    def _unlocked(self, services: Services) -> None:
        if services.session.actor.must_change_passphrase:
            self.services = services
            self.passphrase_screen = FirstPassphraseScreen(services)
            self.passphrase_screen.done.connect(lambda: self._enter(services))
            self.passphrase_screen.cancelled.connect(self.lock)
            self.stack.addWidget(self.passphrase_screen)
            self.stack.setCurrentWidget(self.passphrase_screen)
            return
        self._enter(services)

    def _drop_screen(self, attribute: str) -> None:
        widget = getattr(self, attribute)
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
            setattr(self, attribute, None)

    def _enter(self, services: Services) -> None:
        self.services = services
        self._drop_screen("first_run")
        self._drop_screen("passphrase_screen")
        self.workspace = Workspace(services, self.settings)
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.title_changed.connect(self._set_title)
        self.workspace.status_message.connect(self.show_status)
        self.workspace.settings_view.auto_lock_changed.connect(self.idle.set_minutes)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._set_title(shelter_profile(services.session).name)
        self._resume_location(services.session.actor.username)
        self.idle.set_minutes(self.settings.auto_lock_minutes)
        self.idle.arm()
        if self.unlock_screen.used_recovery:
            self.unlock_screen.used_recovery = False
            self._recovery_code_used()
        self.unlocked.emit()

    def _recovery_code_used(self) -> None:
        """The printed code has been typed in: it should not stay the only way back in. Point to a new kit."""
        if self.workspace is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Make a new recovery kit"), self.tr(
            "Your new passphrase is saved. The recovery code has now been used and typed on this computer: "
            "print a new recovery kit (Staff & audit → Print recovery kit…), lock it away, and destroy the "
            "old page."), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("newKitDue")
        go = box.addButton(self.tr("Go to Staff && audit"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is go:
            self.workspace.show_page("staff")

    def _resume_location(self, username: str) -> None:
        where, self.resume = self.resume, None
        if where is None or where.username != username or self.workspace is None:
            return
        if where.screen == "case" and where.case_id is not None:
            self.workspace.open_case(where.case_id)
        else:
            self.workspace.show_page(where.screen)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _set_title(self, shelter_name: str) -> None:
        # The shelter's name only; never a survivor's.
        self.setWindowTitle(f"{APP_TITLE} — {shelter_name}" if shelter_name else APP_TITLE)

    # -- locking ------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.services is None

    def lock(self) -> None:
        """Keep drafts, clear every screen, close the vault (wiping the key), show the unlock screen."""
        self.idle.disarm()
        if self.services is None:
            return
        services, self.services = self.services, None
        clear_sensitive()
        try:
            if self.workspace is not None:
                self.resume = Location(services.session.actor.username, self.workspace.current_screen(),
                                       self.workspace.case_id)
                self.workspace.teardown()
        finally:
            services.close()
            self._drop_screen("workspace")
            self._drop_screen("passphrase_screen")
            self.setWindowTitle(APP_TITLE)
            self.statusBar().clearMessage()
            self.unlock_screen.reset()
            self.stack.setCurrentWidget(self.unlock_screen)
            self.locked.emit()

    def panic(self) -> None:
        """Hide the window at once, then lock. The tray icon, or starting ShelterDesk again, brings it back locked."""
        self.hide()
        self.lock()
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.setToolTip(APP_TITLE)
                self.tray.activated.connect(self.bring_back)
            self.tray.show()

    def bring_back(self) -> None:
        """Show the window again (from the tray or when a second copy of the app is started)."""
        if self.tray is not None:
            self.tray.hide()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.settings.set_window_geometry(self.saveGeometry())
        self.lock()
        QApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)


def _refresh(widget: QWidget | None) -> None:
    """Reload a screen that shows live data (each such screen has refresh())."""
    refresh = getattr(widget, "refresh", None)
    if callable(refresh):
        refresh()
