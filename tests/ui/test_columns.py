"""Columns fit the rows on screen: measuring every loaded row made each register keystroke cost half a second."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from shelterdesk.ui.columns import ColumnFitter


def test_a_long_value_far_below_the_screen_does_not_widen_its_column(qtbot) -> None:
    model = QStandardItemModel(300, 2)
    for row in range(300):
        model.setItem(row, 0, QStandardItem(f"SD-2026-{row:04d}"))
        model.setItem(row, 1, QStandardItem("W" * 120 if row == 250 else "Siti"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fitter = ColumnFitter(view, minimums={0: 60, 1: 60}, grow=())
    view.resize(500, 300)
    view.show()
    fitter.fit()
    assert fitter.wanted(1) < view.fontMetrics().horizontalAdvance("W" * 120) / 2
    view.scrollTo(model.index(250, 1))
    assert fitter.wanted(1) > view.fontMetrics().horizontalAdvance("W" * 120)  # on screen now: all of it wanted
