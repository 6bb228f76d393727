"""The shelter at a glance: charts of who is here, who waits on whom and for how long, what is due.

Charts are QtCharts (see docs/ARCHITECTURE.md for why not QtGraphs). Every bar
and slice opens the register or the referrals overview filtered to the people
it counts. The figures come from services.dashboard (no names, no SQL here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import ACTIVE_CASE_STATUSES, CaseStatus, NeedPriority
from ..domain.queries import CaseQuery
from ..services.dashboard import Dashboard
from ..services.registry import Services
from ..services.session import LETTER_ROLES
from .locale_format import country_name, grouped, show_month
from .referrals_view import DUE_THIS_WEEK, OVERDUE
from .vocabulary_labels import enum_label
from .widgets import heading, hint_label

TOP_NATIONALITIES = 10
TOP_AGENCIES = 8
# One colour per series, readable on white and told apart by people with common colour blindness.
PALETTE = ("#1b6ca8", "#e08a1e", "#3a9e5c", "#c0392b", "#7d5ba6", "#6b6b6b")
WAIT_COLOURS = ("#9ecae1", "#6baed6", "#f2a541", "#d9622b", "#a50f15")  # longer waits: warmer and darker
PRIORITY_COLOURS = {NeedPriority.URGENT: "#a50f15", NeedPriority.HIGH: "#e08a1e", NeedPriority.NORMAL: "#1b6ca8",
                    NeedPriority.LOW: "#9e9e9e"}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DashboardView", text, disambiguation, n)


def short(name: str, limit: int = 44) -> str:
    """An axis name cut to fit beside its bar (QtCharts would clip it mid-letter)."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def wait_labels() -> list[str]:
    return [_tr("under 1 week"), _tr("1–2 weeks"), _tr("2–4 weeks"), _tr("1–2 months"), _tr("2 months or more")]


def _small_font(bold: bool = False) -> QFont:
    """Chart text a little smaller than the app's, so axis names are not cut short."""
    app_font = QFont()
    # One family, not the app's fallback list: QtCharts sizes axis labels with it and would cut them to "…".
    font = QFont(app_font.families()[0] if app_font.families() else app_font.family())
    font.setPointSizeF(max(app_font.pointSizeF() - 1.5, 8))
    font.setBold(bold)
    return font


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_small_font(bold=True))
    chart.legend().setFont(_small_font())
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def bar_chart(title: str, categories: list[str], sets: list[tuple[str, list[int]]], *, horizontal: bool = False,
              stacked: bool = False, on_click: Callable[[int, int], None] | None = None,
              colours: Sequence[str] = PALETTE) -> QChart:
    """Bars per category (one set per series); on_click(set number, category number)."""
    chart = _chart(title)
    kind = {(False, False): QBarSeries, (False, True): QStackedBarSeries, (True, False): QHorizontalBarSeries,
            (True, True): QHorizontalStackedBarSeries}[(horizontal, stacked)]
    series = kind()
    for number, (label, values) in enumerate(sets):
        bar_set = QBarSet(label)
        bar_set.setColor(QColor(colours[number % len(colours)]))
        bar_set.append([float(v) for v in values])
        if on_click is not None:
            bar_set.clicked.connect(lambda index, n=number: on_click(n, index))
        series.append(bar_set)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    # Under the app's style sheet QtCharts measures labels too wide and cuts every one to "…".
    names.setTruncateLabels(False)
    names.setLabelsFont(_small_font())
    names.append(categories)
    counts = QValueAxis()
    counts.setLabelFormat("%d")
    top = max((sum(v[i] for _, v in sets) if stacked else max(v[i] for _, v in sets)
               for i in range(len(categories))), default=0)
    counts.setRange(0, max(top, 1))
    counts.applyNiceNumbers()
    counts.setLabelsFont(_small_font())
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(counts)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def pie_chart(title: str, slices: list[tuple[str, int]], on_click: Callable[[int], None]) -> QChart:
    chart = _chart(title)
    series = QPieSeries()
    for number, (label, value) in enumerate(slices):
        piece = series.append(f"{label}: {value}", float(value))
        piece.setColor(QColor(PALETTE[number % len(PALETTE)]))
        piece.setLabelVisible(True)
        piece.setLabelFont(_small_font())
        piece.clicked.connect(lambda n=number: on_click(n))
    chart.addSeries(series)
    chart.legend().setVisible(False)
    return chart


class DashboardView(QWidget):
    """Figures and charts; signals ask the workspace to show the register or referrals filtered."""

    open_register = Signal(object, str)  # CaseQuery, a description of what the widgets cannot show
    open_referrals = Signal(object, object, object)  # agency kind, agency id, follow-up filter (or None each)
    export_requested = Signal()
    import_requested = Signal()
    report_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.figures: Dashboard | None = None
        self._stale = True
        self.charts: dict[str, QChartView] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(heading(_tr("Dashboard")))
        top.addStretch(1)
        if services.session.can(LETTER_ROLES):
            export = QPushButton(_tr("Export anonymised statistics…"))
            export.setAccessibleName(_tr("Export anonymised statistics"))
            export.clicked.connect(self.export_requested)
            imported = QPushButton(_tr("Import a spreadsheet…"))
            imported.setAccessibleName(_tr("Import a register from a spreadsheet"))
            imported.clicked.connect(self.import_requested)
            report = QPushButton(_tr("Period report…"))
            report.setAccessibleName(_tr("Period report for donors and authorities"))
            report.clicked.connect(self.report_requested)
            top.addWidget(report)
            top.addWidget(export)
            top.addWidget(imported)
        outer.addLayout(top)

        figures = QHBoxLayout()
        self.in_shelter = QLabel()
        self.in_shelter.setObjectName("dashboardFigure")
        self.overdue_button = QPushButton()
        self.overdue_button.setObjectName("dashboardOverdue")
        self.overdue_button.setAccessibleName(_tr("Show the overdue referrals"))
        self.overdue_button.clicked.connect(lambda: self.open_referrals.emit(None, None, OVERDUE))
        self.due_button = QPushButton()
        self.due_button.setAccessibleName(_tr("Show the follow-ups due this week"))
        self.due_button.clicked.connect(lambda: self.open_referrals.emit(None, None, DUE_THIS_WEEK))
        self.needs_label = QLabel()
        for w in (self.in_shelter, self.overdue_button, self.due_button, self.needs_label):
            figures.addWidget(w)
        figures.addStretch(1)
        outer.addLayout(figures)
        outer.addWidget(hint_label(_tr("Click a bar or slice to see the people it counts.")))

        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # Charts with long names on their axis (agencies, need categories) get the whole width.
        places = {"nationality": (0, 0, 1), "status": (0, 1, 1), "waiting": (1, 0, 2), "needs": (2, 0, 2),
                  "months": (3, 0, 2)}
        for key, (row, column, span) in places.items():
            view = QChartView()
            view.setObjectName(f"chart_{key}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(380 if key == "needs" else 300)  # twelve need categories need the room
            self.charts[key] = view
            self.grid.addWidget(view, row, column, 1, span)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_host)
        outer.addWidget(self.scroll, 1)

    # -- figures ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.isVisible():
            # QtCharts lays axis labels out once, at the size the view has then: wait until it is shown.
            self._stale = True
            return
        self._stale = False
        d = self.figures = self.services.dashboard.figures()
        self.in_shelter.setText(grouped(_tr("%n people in the shelter", "", d.in_shelter), d.in_shelter))
        self.overdue_button.setText(grouped(_tr("%n overdue referrals", "", d.overdue_referrals), d.overdue_referrals))
        self.due_button.setText(grouped(_tr("%n follow-ups due this week", "", d.due_this_week), d.due_this_week))
        self.needs_label.setText(grouped(_tr("%n open needs", "", d.open_need_total), d.open_need_total))
        self._set("nationality", self._nationality_chart(d))
        self._set("status", self._status_chart(d))
        self._set("waiting", self._waiting_chart(d))
        self._set("needs", self._needs_chart(d))
        self._set("months", self._months_chart(d))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _set(self, key: str, chart: QChart) -> None:
        view = self.charts[key]
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()  # setChart hands the old chart back to us

    def clear(self) -> None:
        """Forget every figure (the vault is locking)."""
        self.figures = None
        for key in self.charts:
            self._set(key, QChart())
        for w in (self.in_shelter, self.overdue_button, self.due_button, self.needs_label):
            w.setText("")

    # -- charts ------------------------------------------------------------------------------------
    def _nationality_chart(self, d: Dashboard) -> QChart:
        top = d.by_nationality[:TOP_NATIONALITIES][::-1]  # largest at the top of a horizontal chart
        active = sorted(ACTIVE_CASE_STATUSES)

        def clicked(_set: int, index: int) -> None:
            code = top[index][0]
            self.open_register.emit(CaseQuery(statuses=list(active), nationality=code), "")

        return bar_chart(_tr("In the shelter now, by nationality"), [country_name(c) for c, _ in top],
                         [(_tr("People"), [n for _, n in top])], horizontal=True, on_click=clicked)

    def _status_chart(self, d: Dashboard) -> QChart:
        slices = [(s, n) for s in CaseStatus if (n := d.by_status.get(s, 0))]
        return pie_chart(_tr("In the shelter now, by status"), [(enum_label(s), n) for s, n in slices],
                         lambda i: self.open_register.emit(CaseQuery(statuses=[slices[i][0]]), ""))

    def _waiting_chart(self, d: Dashboard) -> QChart:
        top = d.waiting[:TOP_AGENCIES][::-1]
        labels = wait_labels()
        sets = [(labels[b], [w.buckets[b] for w in top]) for b in range(len(labels))]

        def clicked(_set: int, index: int) -> None:
            agency = top[index]
            self.open_referrals.emit(agency.kind.value, agency.agency_id, None)

        return bar_chart(_tr("Waiting on each agency, by days waited"), [short(w.name) for w in top], sets,
                         horizontal=True, stacked=True, on_click=clicked, colours=WAIT_COLOURS)

    def _needs_chart(self, d: Dashboard) -> QChart:
        categories = sorted(d.open_needs, key=lambda c: sum(d.open_needs[c].values()))  # largest at the top
        priorities = [p for p in (NeedPriority.URGENT, NeedPriority.HIGH, NeedPriority.NORMAL, NeedPriority.LOW)
                      if any(d.open_needs[c].get(p) for c in categories)]
        sets = [(enum_label(p), [d.open_needs[c].get(p, 0) for c in categories]) for p in priorities]

        def clicked(_set: int, index: int) -> None:
            self.open_register.emit(CaseQuery(open_need_category=categories[index].value), "")

        return bar_chart(_tr("Open needs by category and priority"), [enum_label(c) for c in categories], sets,
                         horizontal=True, stacked=True, on_click=clicked,
                         colours=[PRIORITY_COLOURS[p] for p in priorities])

    def _months_chart(self, d: Dashboard) -> QChart:
        def clicked(which: int, index: int) -> None:
            month = d.months[index]
            if which == 0:
                self.open_register.emit(CaseQuery(admitted_in=month, sort="admission"),
                                        _tr("Admitted in {month}").format(month=show_month(month)))
            else:
                self.open_register.emit(CaseQuery(left_in=month, sort="admission"),
                                        _tr("Left in {month}").format(month=show_month(month)))

        return bar_chart(_tr("Admissions and departures per month"), [show_month(m) for m in d.months],
                         [(_tr("Admitted"), d.admissions), (_tr("Left"), d.departures)], on_click=clicked)
