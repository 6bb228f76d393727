"""The audit screen (administrators): the log page by page, filters, export, and the chain check."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import ShelterDeskError
from ..domain.models import AuditEntry
from ..services import audit_export
from ..services.registry import Services
from . import operations
from .admin_helpers import busy_cursor, confirm
from .audit_text import describe_action, describe_detail
from .case_tabs.base import record_table
from .file_dialogs import save_file
from .form_fields import DateField
from .form_layout import heading
from .locale_format import grouped, show_datetime, show_number
from .notice_bar import NoticeBar
from .shown import shown

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
# The action families people filter by, named in words; the box also takes any code prefix typed in.
ACTION_FAMILIES = (
    ("case.", QT_TRANSLATE_NOOP("AuditView", "Cases")), ("need.", QT_TRANSLATE_NOOP("AuditView", "Needs")),
    ("referral.", QT_TRANSLATE_NOOP("AuditView", "Referrals")),
    ("consent.", QT_TRANSLATE_NOOP("AuditView", "Consent")), ("letter.", QT_TRANSLATE_NOOP("AuditView", "Letters")),
    ("agency.", QT_TRANSLATE_NOOP("AuditView", "Agencies")), ("staff.", QT_TRANSLATE_NOOP("AuditView", "Staff")),
    ("session.", QT_TRANSLATE_NOOP("AuditView", "Unlocking")),
    ("vault.", QT_TRANSLATE_NOOP("AuditView", "Vault and backups")),
    ("recovery.", QT_TRANSLATE_NOOP("AuditView", "Recovery code")),
    ("settings.", QT_TRANSLATE_NOOP("AuditView", "Settings")),
)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this screen's context; with `n`, %n picks the plural form ("1 person", "2 people")."""
    return QCoreApplication.translate("AuditView", text, disambiguation or None, n)


class AuditModel(QAbstractTableModel):
    """Audit entries newest first, fetched a page at a time as the table scrolls."""

    HEADERS = (QT_TRANSLATE_NOOP("AuditView", "When"), QT_TRANSLATE_NOOP("AuditView", "Who"),
               QT_TRANSLATE_NOOP("AuditView", "Action"), QT_TRANSLATE_NOOP("AuditView", "Record"),
               QT_TRANSLATE_NOOP("AuditView", "Detail"))

    def __init__(self, fetch, parent=None):
        super().__init__(parent)
        self._fetch = fetch  # (offset, limit) -> list[AuditEntry]
        self.rows: list[AuditEntry] = []
        self._more = False

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._fetch(0, PAGE)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self._more = [], False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 (Qt API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 (Qt API)
        if parent.isValid() or not self._more:
            return
        page = self._fetch(len(self.rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        e = self.rows[index.row()]
        record = f"{e.entity} {e.entity_id}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return e.action  # the code, as the filter and the export use it
        return (show_datetime(e.at), e.actor, describe_action(e.action), record,
                describe_detail(e.detail))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


class AuditView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.filters: dict[str, Any] = {}
        self.model = AuditModel(self._fetch, self)
        self.table = record_table(self.model)
        self.table.setAccessibleName(tr("Audit log entries"))
        self.notice = NoticeBar()

        self.actor = QComboBox()
        self.actor.setEditable(True)
        self.actor.setAccessibleName(tr("Who"))
        self.actor.lineEdit().setPlaceholderText(tr("anyone"))
        self.action = QComboBox()
        self.action.setEditable(True)
        self.action.setAccessibleName(tr("Action starts with"))
        self.action.lineEdit().setPlaceholderText(tr("any action"))
        self.action.addItem("", "")
        for prefix, label in ACTION_FAMILIES:
            self.action.addItem(tr(label), prefix)
        for combo in (self.actor, self.action):
            combo.setMinimumWidth(160)
        self.since = DateField(tr("From (date)"))
        self.until = DateField(tr("Until (date)"))
        for field in (self.since, self.until):
            field.set_placeholder(tr("any date"))
        self.apply_button = QPushButton(tr("Show"))
        self.apply_button.setObjectName("primary")
        self.apply_button.setAccessibleName(tr("Show matching entries"))
        self.reset_button = QPushButton(tr("Show all"))
        self.reset_button.setAccessibleName(tr("Show all entries"))
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setAccessibleName(tr("Export the shown entries"))
        self.check_button = QPushButton(tr("Check the log"))
        self.check_button.setAccessibleName(tr("Check the log"))

        top = QHBoxLayout()
        top.addWidget(heading(tr("Audit log")), 1)
        top.addWidget(self.export_button)
        top.addWidget(self.check_button)
        # Who and what on one line, when on the next: in one line they do not fit a 1366x768 screen.
        who, when = QHBoxLayout(), QHBoxLayout()
        for line, pairs in ((who, ((tr("Who"), self.actor), (tr("Action"), self.action))),
                            (when, ((tr("From"), self.since), (tr("until"), self.until)))):
            line.setSpacing(8)
            for label, widget in pairs:
                line.addWidget(QLabel(label), 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        when.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        when.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        filters = QVBoxLayout()
        filters.setSpacing(6)
        for line in (who, when):
            line.addStretch(1)
            filters.addLayout(line)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 12)
        outer.setSpacing(8)
        outer.addLayout(top)
        outer.addWidget(self.notice)
        outer.addLayout(filters)
        outer.addWidget(self.table, 1)
        outer.addWidget(self.count_label)
        self.apply_button.clicked.connect(self.apply_filters)
        self.reset_button.clicked.connect(self.reset_filters)
        self.export_button.clicked.connect(self.export)
        self.check_button.clicked.connect(self.check)
        self.model.rowsInserted.connect(self._update_count)
        for edit in (self.actor.lineEdit(), self.action.lineEdit(), self.since.line, self.until.line):
            edit.returnPressed.connect(self.apply_filters)
        self.refresh()

    # -- loading -----------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[AuditEntry]:
        return self.services.audit.entries(limit=limit, offset=offset, **self.filters)

    def refresh(self) -> None:
        names = sorted(m.username for m in self.services.staff.list())
        typed = self.actor.currentText()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItems(["", *names])
        self.actor.setCurrentText(typed)
        self.actor.blockSignals(False)
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        self.count_label.setText(grouped(tr("%n entry(s), newest first; scroll down for older ones.", "", count)
                                         if more else tr("%n entry(s), newest first.", "", count), count))

    def apply_filters(self) -> None:
        try:
            since, until = self.since.value(), self.until.value()
        except ValueError as e:
            self.notice.show_message(shown(e), "error")
            return
        self.filters = {
            "actor": self.actor.currentText().strip().lower() or None,
            "action_prefix": self._action_prefix() or None,
            "since": _local_midnight(since) if since else None,
            "until": _local_midnight(until + timedelta(days=1)) if until else None,
        }
        self.notice.hide()
        self.refresh()

    def _action_prefix(self) -> str:
        """The family picked by its name, or a code prefix typed in (e.g. "staff.role")."""
        text = self.action.currentText().strip()
        index = self.action.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.action.itemData(index) or "") if text and index > 0 else text

    def reset_filters(self) -> None:
        self.actor.setCurrentText("")
        self.action.setCurrentText("")
        self.since.set_value(None)
        self.until.set_value(None)
        self.apply_filters()

    # -- export and check ----------------------------------------------------------------------
    def _all_matching(self) -> list[AuditEntry]:
        entries, offset = [], 0
        while page := self._fetch(offset, 5000):
            entries.extend(page)
            offset += len(page)
        return entries

    def export(self) -> None:
        if not confirm(self, tr("Export the audit log"), tr(
                "The exported file is not encrypted: it leaves the vault. It holds who did what and when (user "
                "names, record numbers), never survivors' names. Keep it where only administrators can read it."),
                tr("Choose a file…")):
            return
        path = save_file(self, tr("Export the audit log"), f"audit-log-{date.today().isoformat()}.csv",
                         tr("CSV (*.csv);;Excel workbook (*.xlsx)"), default_suffix="csv",
                         vault_dir=self.services.session.vault.directory)
        if path is None:
            return
        writer = audit_export.export_xlsx if path.suffix.lower() == ".xlsx" else audit_export.export_csv
        def write() -> int:
            try:
                with busy_cursor():
                    return writer(self._all_matching(), path)
            except OSError as e:
                raise ShelterDeskError(tr("The file could not be written: {reason}").format(reason=e.strerror)) from e
        count = operations.run(self, write, on_failure=operations.in_notice(self.notice))
        if count is None:
            return
        self.notice.show_message(tr("{n} entries exported to {path}.").format(n=show_number(count), path=path),
                                 "success")

    def check(self) -> None:
        with busy_cursor():
            report = operations.run(self, self.services.audit.verify, on_failure=operations.in_notice(self.notice))
        if report is None:
            return
        if report.ok:
            self.notice.show_message(tr("The log is intact: {n} entries, database pages authenticate.")
                                     .format(n=show_number(report.audit_entries)), "success")
        else:
            lines = "\n".join(f"• {shown(p)}" for p in report.problems)
            self.notice.show_message(tr("The log does NOT check out ({n} entries read):\n{problems}\nDo not "
                                        "delete anything; keep a backup of the vault as it is now and compare "
                                        "with an earlier backup.").format(n=show_number(report.audit_entries), problems=lines),
                                     "error")

    def clear(self) -> None:
        self.model.clear()
        self.filters = {}
        self.actor.clear()
        self.action.setCurrentText("")
        self.since.set_value(None)
        self.until.set_value(None)
        self.count_label.clear()
        self.notice.hide()
