"""Table models for the case file, the referrals overview and the agency directory.

Thin adapters over lists the services return; each screen calls `set_rows()`
after asking its service, and `clear()` when the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.enums import OPEN_NEED_STATUSES, WAITING_REFERRAL_STATUSES
from ..domain.models import Agency, AuditEntry, Consent, Need, Referral
from ..services.referrals import WaitingReferral
from .audit_text import describe_action, describe_detail
from .locale_format import country_name, language_name, show_date, show_datetime, show_number
from .vocabulary_labels import enum_label

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

OVERDUE_BACKGROUND = QColor("#fbe9e7")
OVERDUE_TEXT = QColor("#8c1d18")
MUTED_TEXT = QColor("#5f6368")


def tr(text: str) -> str:
    return QCoreApplication.translate("TableModels", text)


def fmt_date(value: date | None) -> str:
    return show_date(value)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records; `highlight(row)` marks a row that needs attention (overdue)."""

    def __init__(self, columns: Sequence[Column[T]], highlight: Callable[[T], bool] | None = None,
                 muted: Callable[[T], bool] | None = None, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self._highlight = highlight
        self._muted = muted

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.columns[index.column()].text(record)
        hot = self._highlight is not None and self._highlight(record)
        if role == Qt.ItemDataRole.BackgroundRole and hot:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if hot:
                return QBrush(OVERDUE_TEXT)
            if self._muted is not None and self._muted(record):
                return QBrush(MUTED_TEXT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None


def _due(due: date | None, overdue: bool) -> str:
    if due is None:
        return ""
    return tr("%1 (overdue)").replace("%1", show_date(due)) if overdue else show_date(due)


def needs_model(today: Callable[[], date], parent=None) -> RecordTableModel[Need]:
    return RecordTableModel([
        Column(tr("Need"), lambda n: enum_label(n.category)),
        Column(tr("Priority"), lambda n: enum_label(n.priority)),
        Column(tr("Status"), lambda n: enum_label(n.status)),
        Column(tr("Due"), lambda n: _due(n.due_date, n.is_overdue(today()))),
        Column(tr("Responsible"), lambda n: n.responsible),
        Column(tr("Description"), lambda n: n.description.splitlines()[0] if n.description else ""),
    ], highlight=lambda n: n.is_overdue(today()), muted=lambda n: n.status not in OPEN_NEED_STATUSES,
        parent=parent)


def referrals_model(today: Callable[[], date], agency_name: Callable[[int], str],
                    parent=None) -> RecordTableModel[Referral]:
    return RecordTableModel([
        Column(tr("Reference"), lambda r: r.reference),
        Column(tr("Agency"), lambda r: agency_name(r.agency_id)),
        Column(tr("Status"), lambda r: enum_label(r.status)),
        Column(tr("Priority"), lambda r: enum_label(r.priority)),
        Column(tr("Sent"), lambda r: fmt_date(r.sent_on)),
        Column(tr("Follow up by"), lambda r: _due(r.follow_up_due, r.is_overdue(today()))),
        Column(tr("Consent"), lambda r: tr("Overridden") if r.override_reason else tr("Given")),
    ], highlight=lambda r: r.is_overdue(today()),
        muted=lambda r: r.status not in WAITING_REFERRAL_STATUSES and r.status.value != "draft", parent=parent)


def _consent_state(c: Consent, today: date) -> str:
    if c.withdrawn_on is not None and c.withdrawn_on <= today:
        return tr("Withdrawn")
    if c.expires_on is not None and c.expires_on < today:
        return tr("Expired")
    return tr("Valid") if c.is_valid(today) else tr("Not yet valid")


def consents_model(today: Callable[[], date], parent=None) -> RecordTableModel[Consent]:
    return RecordTableModel([
        Column(tr("For"), lambda c: enum_label(c.kind)),
        Column(tr("State"), lambda c: _consent_state(c, today())),
        Column(tr("Given on"), lambda c: fmt_date(c.given_on)),
        Column(tr("Expires"), lambda c: fmt_date(c.expires_on)),
        Column(tr("Withdrawn"), lambda c: fmt_date(c.withdrawn_on)),
        Column(tr("Interpreter"), lambda c: c.interpreter),
        Column(tr("Recorded by"), lambda c: c.recorded_by),
    ], muted=lambda c: not c.is_valid(today()), parent=parent)


def history_model(parent=None) -> RecordTableModel[AuditEntry]:
    return RecordTableModel([
        Column(tr("When"), lambda e: show_datetime(e.at)),
        Column(tr("Who"), lambda e: e.actor),
        Column(tr("What"), lambda e: describe_action(e.action)),
        Column(tr("Detail"), lambda e: describe_detail(e.detail)),
    ], parent=parent)


def agencies_model(parent=None) -> RecordTableModel[Agency]:
    return RecordTableModel([
        Column(tr("Kind"), lambda a: enum_label(a.kind)),
        Column(tr("Agency"), lambda a: a.name),
        Column(tr("Serves"), lambda a: ", ".join(country_name(c) for c in a.nationalities)),
        Column(tr("Contact"), lambda a: " · ".join(p for p in (a.contact_person, a.phone, a.email) if p)),
        Column(tr("Letter language"), lambda a: language_name(a.letter_language)),
    ], parent=parent)


# -- the referrals overview: agencies, each with the referrals waiting on it -------------------
@dataclass
class AgencyGroup:
    agency_name: str
    agency_kind: str
    referrals: list[WaitingReferral]

    @property
    def longest_wait(self) -> int:
        return max((r.waiting_days for r in self.referrals), default=0)

    @property
    def overdue(self) -> int:
        return sum(r.overdue for r in self.referrals)

    def status_summary(self) -> str:
        counts: dict[str, int] = {}
        for r in self.referrals:
            counts[enum_label(r.status)] = counts.get(enum_label(r.status), 0) + 1
        return " · ".join(f"{show_number(n)} {label.lower()}" for label, n in counts.items())


_STATUS_ORDER = {"sent": 0, "acknowledged": 1, "accepted": 2}


def group_by_agency(referrals: Sequence[WaitingReferral]) -> list[AgencyGroup]:
    """Agencies with the longest wait first; within one, by status, then the longest waiting first."""
    groups: dict[int, AgencyGroup] = {}
    for r in referrals:
        groups.setdefault(r.agency_id, AgencyGroup(r.agency_name, r.agency_kind, [])).referrals.append(r)
    for g in groups.values():
        g.referrals.sort(key=lambda r: (_STATUS_ORDER.get(r.status.value, 9), -r.waiting_days, r.case_number))
    return sorted(groups.values(), key=lambda g: (-g.longest_wait, g.agency_name))


class ReferralOverviewModel(QAbstractItemModel):
    """Two levels: an agency (with counts) and the referrals waiting on it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TableModels", "Agency / case"),
        QT_TRANSLATE_NOOP("TableModels", "Name"),
        QT_TRANSLATE_NOOP("TableModels", "Status"),
        QT_TRANSLATE_NOOP("TableModels", "Waiting (days)"),
        QT_TRANSLATE_NOOP("TableModels", "Follow up by"),
        QT_TRANSLATE_NOOP("TableModels", "Reference"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[AgencyGroup] = []

    def set_referrals(self, referrals: Sequence[WaitingReferral]) -> None:
        self.beginResetModel()
        self.groups = group_by_agency(referrals)
        self.endResetModel()

    def clear(self) -> None:
        self.set_referrals([])

    def referral_at(self, index: Index) -> WaitingReferral | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].referrals[index.row()]

    # internalId 0 marks an agency row; n > 0 a referral under agency n - 1.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].referrals)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        referral = self.referral_at(index)
        if referral is None:
            return self._group_data(self.groups[index.row()], index.column(), role)
        return self._referral_data(referral, index.column(), role)

    def _group_data(self, g: AgencyGroup, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return (
                g.agency_name,
                tr("%n waiting").replace("%n", show_number(len(g.referrals))),
                g.status_summary(),
                tr("up to %1").replace("%1", show_number(g.longest_wait)),
                tr("%n overdue").replace("%n", show_number(g.overdue)) if g.overdue else "",
                enum_label(g.agency_kind),
            )[column]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and g.overdue:
            return QBrush(OVERDUE_TEXT)
        return None

    def _referral_data(self, r: WaitingReferral, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            names = " · ".join(p for p in (r.display_name, r.native_name) if p)
            return (r.case_number, names, enum_label(r.status), show_number(r.waiting_days),
                    _due(r.follow_up_due, r.overdue), r.reference)[column]
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("TableModels", self.HEADERS[section])
        return None
