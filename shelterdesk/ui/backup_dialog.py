"""Backup & restore (administrators), and the reminder shown when the last backup is too old.

A backup is verified page by page before it is reported as made. Restoring
goes into a new folder; replacing the live vault locks it first and keeps the
old folder as a safety copy.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import backup as backups
from ..services.registry import Services
from ..services.session import ADMIN_ROLES
from . import operations
from .admin_helpers import busy_cursor, confirm, fit_height
from .file_dialogs import choose_folder, open_file, save_file
from .locale_format import show_datetime, show_number
from .notice_bar import NoticeBar
from .passphrase_dialogs import password_edit
from .shown import shown
from .widgets import card_frame, heading, hint_label

BACKUP_FILTER = "ShelterDesk backup (*.sdbak)"


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


def reminder_text(status: backups.BackupStatus) -> str:
    """The reminder for an administrator, or "" while the last backup is recent enough."""
    if not status.due:
        return ""
    if status.last_backup is None:
        return tr("This vault has never been backed up. Back it up to a USB stick and keep the stick "
                  "away from this computer.")
    return tr("The last backup is {n} days old (reminder after {days} days). Back up now.").format(
        n=status.days_since, days=status.reminder_days)


def _describe(report: backups.BackupReport) -> str:
    counts = {key: show_number(report.counts.get(key, 0)) for key in ("survivors", "needs", "referrals")}
    # The catalogue's {size:,} groups the English way; the size comes grouped in the interface language.
    return tr("{file} ({size:,} bytes), made {made}: {cases} cases, {needs} needs, {referrals} referrals, "
              "{audit} audit entries.").replace("{size:,}", "{size}").format(
        file=report.path, size=show_number(report.size), made=_made(report.created_at),
        cases=counts["survivors"], needs=counts["needs"], referrals=counts["referrals"],
        audit=show_number(report.audit_seq))


def _made(created_at: str) -> str:
    """When a backup was made (an ISO time in the file), for reading."""
    try:
        return show_datetime(datetime.fromisoformat(created_at))
    except ValueError:
        return created_at


def _fresh_folder(chosen: Path) -> Path:
    """The chosen folder if it is empty, else a new folder inside it."""
    if not chosen.exists() or not any(chosen.iterdir()):
        return chosen
    base = chosen / f"shelterdesk-restored-{date.today().isoformat()}"
    target, n = base, 2
    while target.exists():
        target, n = base.with_name(f"{base.name}-{n}"), n + 1
    return target


class BackupReminder(NoticeBar):
    """A banner for administrators when the last backup is older than the set number of days."""

    backup_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        text = ""
        if self.services.session.can(ADMIN_ROLES) and self.services.session.vault.is_open:
            text = reminder_text(backups.backup_status(self.services.session))
        if text:
            self.show_message(text, "warning", [(tr("Back up now…"), self.backup_requested.emit)])
        else:
            self.hide()


class BackupDialog(QDialog):
    """Make, check and restore backups. `lock_requested` asks the window to lock before a replace."""

    lock_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("Backup & restore"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(tr("Backup & restore")))
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        layout.addWidget(self._backup_section())
        layout.addWidget(self._restore_section())
        close = QPushButton(tr("Close"))
        close.setAccessibleName(tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        for b in self.findChildren(QPushButton):
            if not b.accessibleName():
                b.setAccessibleName(b.text().rstrip("…"))
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------
    def _backup_section(self) -> QFrame:
        card, layout = card_frame(tr("Make a backup"), (20, 14, 20, 16), 10)
        self.last_label = QLabel()
        self.last_label.setAccessibleName(tr("Last backup"))
        layout.addWidget(self.last_label)
        layout.addWidget(hint_label(tr("The backup is encrypted and opens with the passphrases of the staff of today "
                                  "(or the recovery code). Save it on a USB stick and keep the stick away from "
                                  "this computer. It is read back and checked before it counts as made.")))
        row = QHBoxLayout()
        self.backup_button = QPushButton(tr("Back up to a file…"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.make_backup)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Backup progress"))
        self.progress.setVisible(False)
        row.addWidget(self.backup_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        layout.addLayout(row)
        remind = QHBoxLayout()
        remind.addWidget(QLabel(tr("Remind administrators after")))
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(1, 365)
        self.reminder_days.setSuffix(tr(" days"))
        self.reminder_days.setAccessibleName(tr("Remind after this many days without a backup"))
        self.reminder_button = QPushButton(tr("Save reminder"))
        self.reminder_button.clicked.connect(self.save_reminder)
        remind.addWidget(self.reminder_days)
        remind.addWidget(self.reminder_button)
        remind.addStretch(1)
        layout.addLayout(remind)
        return card

    def _restore_section(self) -> QFrame:
        card, layout = card_frame(tr("Check or restore a backup"), (20, 14, 20, 16), 10)
        layout.addWidget(hint_label(tr("A backup opens with the user name and passphrase of someone who was on the "
                                  "staff when it was made; restoring needs an administrator of that time. The "
                                  "restored vault opens with the passphrases that were valid then.")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.user = QLineEdit(self.services.session.actor.username)
        self.user.setAccessibleName(tr("User name for the backup"))
        self.passphrase = password_edit(tr("Passphrase for the backup"))
        self.user.setMaximumWidth(320)
        self.passphrase.setMaximumWidth(320)
        form.addRow(tr("User name"), self.user)
        form.addRow(tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.verify_button = QPushButton(tr("Check a backup file…"))
        self.restore_button = QPushButton(tr("Restore into a new folder…"))
        self.replace_button = QPushButton(tr("Replace this vault…"))
        self.replace_button.setAccessibleName(tr("Replace this vault with a backup"))
        self.verify_button.clicked.connect(self.verify)
        self.restore_button.clicked.connect(self.restore_new)
        self.replace_button.clicked.connect(self.replace_live)
        row.addWidget(self.verify_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.replace_button)
        layout.addLayout(row)
        return card

    def refresh(self) -> None:
        status = backups.backup_status(self.services.session)
        if status.last_backup is None:
            self.last_label.setText(tr("Last backup: never."))
        else:
            self.last_label.setText(tr("Last backup: {when} ({n} days ago).").format(
                when=show_datetime(status.last_backup), n=show_number(status.days_since)))
        self.reminder_days.setValue(status.reminder_days)

    def _notify(self, text: str, kind: str) -> None:
        self.notice.show_message(text, kind)
        fit_height(self)

    def _failed(self, lead: str = "") -> operations.Failure:
        """Show a refusal in the notice bar, after `lead` (what did not happen)."""
        return lambda e: self._notify("\n".join(filter(None, (lead, operations.person_text(e)))), "error")

    # -- making a backup -------------------------------------------------------------------------
    def _progress(self, _stage: str, percent: int) -> None:
        self.progress.setValue(percent)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def make_backup(self) -> None:
        suggested = f"shelterdesk-{date.today().isoformat()}.sdbak"
        path = save_file(self, tr("Back up to a file"), suggested, tr(BACKUP_FILTER), default_suffix="sdbak",
                         vault_dir=self.services.session.vault.directory)
        if path is None:
            return
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.backup_button.setEnabled(False)
        try:
            with busy_cursor():
                report = operations.run(self, lambda: backups.make_backup(self.services.session, path, self._progress),
                                        on_failure=self._failed(tr("No backup was made.")))
        finally:
            self.progress.setVisible(False)
            self.backup_button.setEnabled(True)
        if report is None:
            return
        if report.warnings:  # made, but someone on the staff may not be able to open it
            self._notify(tr("Backup written, read back and verified, but the vault's key slots need attention:")
                         + "\n" + "\n".join(shown(w) for w in report.warnings) + "\n" + _describe(report), "warning")
        else:
            self._notify(tr("Backup written, read back and verified:") + "\n" + _describe(report), "success")
        self.refresh()

    def save_reminder(self) -> None:
        if not operations.succeeded(self, lambda: backups.set_reminder_days(
                self.services.session, self.reminder_days.value()), on_failure=self._failed()):
            return
        self._notify(tr("Administrators are reminded after {n} days without a backup.")
                                 .format(n=self.reminder_days.value()), "success")

    # -- checking and restoring --------------------------------------------------------------------
    def _credentials(self) -> tuple[str, str] | None:
        user, secret = self.user.text().strip(), self.passphrase.text()
        if not user or not secret:
            self._notify(tr("Enter the user name and passphrase that open the backup."), "error")
            self.passphrase.setFocus()
            return None
        return user, secret

    def _pick_backup(self, title: str) -> Path | None:
        return open_file(self, title, tr(BACKUP_FILTER) + ";;" + tr("All files (*)"))

    def verify(self) -> None:
        credentials = self._credentials()
        path = self._pick_backup(tr("Check a backup file")) if credentials else None
        if path is None:
            return
        with busy_cursor():
            report = operations.run(self, lambda: backups.verify_backup(path, *credentials),
                                    on_failure=self._failed(tr("This backup cannot be used.")))
        if report is None:
            return
        self._notify(tr("The backup is complete and authentic:") + "\n" + _describe(report), "success")

    def restore_new(self) -> None:
        credentials = self._credentials()
        path = self._pick_backup(tr("Restore a backup")) if credentials else None
        if path is None:
            return
        folder = choose_folder(self, tr("Choose a new, empty folder for the restored vault"))
        if folder is None:
            return
        target = _fresh_folder(folder)
        session = self.services.session
        with busy_cursor():
            report = operations.run(self, lambda: backups.restore_backup(
                path, target, *credentials, clock=session.clock, state_dir=session.state_dir),
                on_failure=self._failed(tr("Nothing was restored.")))
        if report is None:
            return
        self._notify(tr("Restored and checked into {folder}. It opens with the passphrases that were "
                                    "valid when the backup was made. This vault is unchanged.").format(folder=target)
                                 + "\n" + _describe(report), "success")

    def replace_live(self) -> None:
        credentials = self._credentials()
        path = self._pick_backup(tr("Replace this vault with a backup")) if credentials else None
        if path is None:
            return
        session = self.services.session
        directory, clock, state_dir = session.vault.directory, session.clock, session.state_dir
        with busy_cursor():  # check first, so a wrong file or passphrase does not lock the vault for nothing
            report = operations.run(self, lambda: backups.verify_backup(path, *credentials),
                                    on_failure=self._failed(tr("This backup cannot be used.")))
        if report is None:
            return
        if not confirm(self, tr("Replace this vault"), tr(
                "Replace the vault in {folder} with the backup made {made}?\n\nShelterDesk locks now. The current "
                "vault is kept as a safety copy next to it ({folder}.before-restore-…), then the backup takes its "
                "place. Everything entered after the backup was made is only in the safety copy.\n\nAfterwards "
                "unlock with the passphrases that were valid when the backup was made.").format(
                    folder=directory, made=report.created_at[:16].replace("T", " ")), tr("Lock and replace")):
            return
        host = self.parentWidget().window() if self.parentWidget() is not None else None
        self.lock_requested.emit()
        if session.vault.is_open:
            self._notify(tr("The vault could not be locked, so nothing was replaced."), "error")
            return
        with busy_cursor():
            restored = operations.run(host, lambda: backups.restore_backup(
                path, directory, *credentials, replace=True, clock=clock, state_dir=state_dir))
        if restored is None:
            return
        QMessageBox.information(host, tr("Vault replaced"), tr(
            "The backup was restored and checked. The previous vault is kept as {safety}. Unlock with the "
            "passphrases that were valid when the backup was made.").format(safety=restored.safety_copy))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        fit_height(self)

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()
