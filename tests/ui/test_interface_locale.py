"""Issue 12, item 2: country names, dates and numbers on screen in the interface language (CLDR via Babel)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from shelterdesk.app import install_translations
from shelterdesk.ui import locale_format
from shelterdesk.ui.case_file import CaseFileWidget
from shelterdesk.ui.register_model import FOLLOW_UP, NATIONALITY
from shelterdesk.ui.register_view import RegisterView
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.shell_support import seed

# Santoso (Indonesian) has a referral follow-up two days before the fake clock's 25 Nov 2026;
# Zhang's medical need is due five days after it.
EXPECTED = {
    "km": ("ឥណ្ឌូណេស៊ី", "23 វិច្ឆិកា 2026", "30 វិច្ឆិកា 2026"),
    "zh_CN": ("印度尼西亚", "2026年11月23日", "2026年11月30日"),
}


@pytest.fixture(params=sorted(EXPECTED))
def language(request, qapp: QApplication):
    locale = QLocale()
    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:  # later tests expect English
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_register_names_the_nationality_and_dates_in_the_interface_language(qtbot, services, language):
    nationality, follow_up, _due = EXPECTED[language]
    ids = seed(services)
    view = RegisterView(services, SettingsStore())
    qtbot.addWidget(view)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.survivor_id(r) == ids["Santoso"])
    assert model.index(row, NATIONALITY).data(Qt.ItemDataRole.DisplayRole) == nationality
    assert model.index(row, FOLLOW_UP).data(Qt.ItemDataRole.DisplayRole) == follow_up


def test_the_case_file_header_and_lists_speak_the_interface_language(qtbot, services, language):
    nationality, _follow_up, due = EXPECTED[language]
    ids = seed(services)
    santoso = CaseFileWidget(services, ids["Santoso"])
    qtbot.addWidget(santoso)
    assert nationality in santoso.summary.text()
    zhang = CaseFileWidget(services, ids["Zhang"])
    qtbot.addWidget(zhang)
    assert zhang.needs.model.index(0, 3).data(Qt.ItemDataRole.DisplayRole) == due


def test_numbers_months_and_moments_follow_the_locale(qapp):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("id"))
        assert locale_format.show_number(12345) == "12.345"
        assert locale_format.grouped("12345 orang", 12345) == "12.345 orang"
        assert locale_format.grouped("60 orang", 60) == "60 orang"
        QLocale.setDefault(QLocale("zh_CN"))
        assert locale_format.show_month("2026-03") == "2026年3月"
        assert locale_format.show_datetime(datetime(2026, 3, 14, 9, 5, tzinfo=UTC)).startswith("2026年3月14日")
        QLocale.setDefault(QLocale("km"))
        assert locale_format.country_name("stateless") == "Stateless"  # no Khmer catalogue loaded here
        assert locale_format.country_name("KH") == "កម្ពុជា"
        assert locale_format.template_title({"en": "Medical care", "km": "ការថែទាំវេជ្ជសាស្ត្រ"}, "x") \
            == "ការថែទាំវេជ្ជសាស្ត្រ"
    finally:
        QLocale.setDefault(before)
