"""Referrals across all cases, grouped by agency: who is waiting on whom, and for how long."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import AgencyKind
from ..services.registry import Services
from .columns import ColumnFitter
from .form_layout import heading
from .table_models import ReferralOverviewModel
from .vocabulary_labels import enum_label

# The follow-up filters the dashboard's figures open.
OVERDUE, DUE_THIS_WEEK = "overdue", "due_this_week"


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this screen's context; with `n`, %n picks the plural form ("1 person", "2 people")."""
    return QCoreApplication.translate("ReferralsOverview", text, disambiguation or None, n)


class ReferralsOverview(QWidget):
    """Double-click (or Enter on) a referral to open its case: emits `open_case(survivor_id)`."""

    open_case = Signal(int)
    batch_requested = Signal()
    AGENCY_WIDTH = 440

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.model = ReferralOverviewModel(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Agency kind"))
        self.kind.addItem(tr("All agencies"), None)
        for kind in AgencyKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.follow_up = QComboBox()
        self.follow_up.setAccessibleName(tr("Follow-up"))
        self.follow_up.addItem(tr("Any follow-up date"), None)
        self.follow_up.addItem(tr("Overdue only"), OVERDUE)
        self.follow_up.addItem(tr("Follow-up due this week"), DUE_THIS_WEEK)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.follow_up.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(tr("Referrals waiting on agencies"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        # Long agency names get up to AGENCY_WIDTH and then are cut at their end (the tooltip shows them
        # whole); Status and Reference keep room enough to read, the name takes what is left.
        header = self.tree.header()
        self.fitter = ColumnFitter(self.tree, minimums={0: 220, 1: 140, 2: 110, 3: 90, 4: 100, 5: 130},
                                   grow=(1,), maximums={0: self.AGENCY_WIDTH, 1: 320})
        # "Who is waiting, and for how long" first: show the wait and the follow-up date right after the
        # agency and case, before the names (visual order only; the model's columns stay as they are).
        header.moveSection(3, 1)
        header.moveSection(4, 2)
        self.tree.activated.connect(self._activated)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Show")))
        filters.addWidget(self.kind)
        filters.addWidget(self.follow_up)
        filters.addStretch(1)
        self.batch_button = QPushButton(tr("Batch letters…"))
        self.batch_button.setAccessibleName(tr("Batch letters"))
        self.batch_button.setToolTip(tr("Letters for every open case that matches a filter, "
                                        "for example all Indonesians waiting for a travel document"))
        self.batch_button.setVisible(services.letters.can_issue())
        self.batch_button.clicked.connect(self.batch_requested)
        filters.addWidget(self.batch_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(heading(tr("Referrals waiting on agencies")))
        intro = QLabel(tr("Referrals sent and not yet answered or completed, longest waits first. "
                          "Overdue follow-ups are highlighted. Open a referral to go to its case."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addLayout(filters)
        outer.addWidget(self.summary)
        outer.addWidget(self.tree, 1)

    def refresh(self) -> None:
        follow_up = self.follow_up.currentData()
        waiting = self.services.referrals.waiting(agency_kind=self.kind.currentData(),
                                                  overdue_only=follow_up == OVERDUE,
                                                  due_this_week=follow_up == DUE_THIS_WEEK)
        self.model.set_referrals(waiting)
        self.tree.expandAll()
        self.fitter.fit()
        overdue, count, agencies = sum(w.overdue for w in waiting), len(waiting), len(self.model.groups)
        self.summary.setText(tr("%n referral(s) waiting", "", count) + " " + tr("on %n agency(s);", "", agencies)
                             + " " + tr("%n overdue.", "", overdue))

    def show_agency(self, kind: str | None, agency_id: int | None = None, *, follow_up: str | None = None) -> None:
        """Show the referrals waiting on one kind of agency (all kinds: None), with a follow-up filter
        (OVERDUE, DUE_THIS_WEEK or None), the group of `agency_id` selected and scrolled to (from the dashboard)."""
        for box in (self.kind, self.follow_up):
            box.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(follow_up)))
        for box in (self.kind, self.follow_up):
            box.blockSignals(False)
        self.refresh()
        for row, group in enumerate(self.model.groups):
            if agency_id is not None and group.referrals and group.referrals[0].agency_id == agency_id:
                index = self.model.index(row, 0)
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _activated(self, index: QModelIndex) -> None:
        referral = self.model.referral_at(index)
        if referral is not None:
            self.open_case.emit(referral.survivor_id)

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()
