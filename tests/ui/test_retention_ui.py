"""Retention in Settings and erasure from the case file, driven through the real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from shelterdesk.domain.enums import CaseStatus, Role
from shelterdesk.domain.errors import NotFound
from shelterdesk.domain.models import ShelterStay, Survivor
from shelterdesk.ui import case_file as case_file_module
from shelterdesk.ui import retention_panel
from shelterdesk.ui.case_file import CaseFileWidget
from shelterdesk.ui.erase_dialog import EraseCaseDialog
from shelterdesk.ui.retention_panel import RetentionPanel, retention_card
from tests.shared import services_as
from tests.ui.helpers import button, type_text


@pytest.fixture
def closed_case(services) -> Survivor:
    return services.cases.register(Survivor(
        family_name="Siregar", given_names="Rina", nationalities=["ID"], status=CaseStatus.REPATRIATED,
        stay=ShelterStay(admission_date=date(2023, 2, 1), discharge_date=date(2023, 9, 30))))


def test_settings_preview_then_anonymise(qtbot, services, closed_case, monkeypatch):
    panel = RetentionPanel(services)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.enabled.isChecked() and panel.months.value() == 24  # off, with the suggestion ready
    button(panel, "Show the cases due").click()
    assert "rule is off" in panel.message.text() and not panel.apply_button.isEnabled()

    panel.enabled.setChecked(True)
    button(panel, "Save the retention rule").click()
    assert services.retention.months() == 24
    button(panel, "Show the cases due").click()
    assert panel.due_list.count() == 1 and closed_case.case_number in panel.due_list.item(0).text()

    asked = []
    monkeypatch.setattr(retention_panel, "confirm", lambda _p, _t, text, _y: asked.append(text) or False)
    button(panel, "Anonymise these cases").click()
    assert "cannot be undone" in asked[0]
    assert services.cases.get(closed_case.id).family_name == "Siregar"  # cancelled: nothing changed

    monkeypatch.setattr(retention_panel, "confirm", lambda *_a: True)
    button(panel, "Anonymise these cases").click()
    assert "1 case(s) anonymised" in panel.message.text()
    assert services.cases.get(closed_case.id).family_name == ""
    assert panel.due_list.count() == 0 and not panel.apply_button.isEnabled()


def test_non_administrators_only_read_the_rule(qtbot, services):
    services.retention.set_months(36)
    worker = services_as(services, Role.COORDINATOR)
    try:
        card = retention_card(worker)
        qtbot.addWidget(card)
        assert not card.findChildren(RetentionPanel)
        assert any("36 months" in label.text() for label in card.findChildren(QLabel))
    finally:
        worker.close()


def test_erase_from_the_case_file(qtbot, services, closed_case, monkeypatch):
    widget = CaseFileWidget(services, closed_case.id)
    qtbot.addWidget(widget)
    widget.show()
    assert button(widget, "Erase this case").isVisible()

    class TypedDialog(EraseCaseDialog):
        def exec(self) -> int:
            erase = button(self, "Erase for good")
            type_text(self.reason, "asked on 2026-11-24")
            assert not erase.isEnabled()  # the case number must be typed again first
            type_text(self.confirm, closed_case.case_number.lower())
            assert erase.isEnabled()
            erase.click()
            return self.result()

    monkeypatch.setattr(case_file_module, "EraseCaseDialog", TypedDialog)
    with qtbot.waitSignal(widget.closed):
        button(widget, "Erase this case").click()
    with pytest.raises(NotFound):
        services.cases.get(closed_case.id)
    assert widget.case_number.text() == "" and not widget.has_unsaved_changes()
    assert services.drafts.keys() == []


def test_erase_button_is_for_administrators_only(qtbot, services, closed_case):
    worker = services_as(services, Role.CASEWORKER)
    try:
        widget = CaseFileWidget(worker, closed_case.id)
        qtbot.addWidget(widget)
        widget.show()
        assert not widget.erase_button.isVisible()
    finally:
        worker.close()


def test_their_own_copy_from_the_case_file(qtbot, services, closed_case, tmp_path, monkeypatch):
    from shelterdesk.ui import access_report_action

    target = tmp_path / "copy.pdf"
    warned = []
    monkeypatch.setattr(access_report_action, "choose_language", lambda _p, codes, default: "id")
    monkeypatch.setattr(access_report_action, "confirm", lambda _p, _t, text, _y: warned.append(text) or True)
    monkeypatch.setattr(access_report_action, "save_file", lambda *_a, **_k: target)
    widget = CaseFileWidget(services, closed_case.id)
    qtbot.addWidget(widget)
    widget.show()
    button(widget, "Their own copy").click()
    assert "NOT encrypted" in warned[0]
    assert target.read_bytes().startswith(b"%PDF") and "saved" in widget.notice.message()
    assert [d.kind for d in services.letters.disclosures(closed_case.id)] == ["access_report"]


def test_their_own_copy_is_for_coordinators_and_administrators(qtbot, services, closed_case):
    worker = services_as(services, Role.CASEWORKER)
    try:
        widget = CaseFileWidget(worker, closed_case.id)
        qtbot.addWidget(widget)
        widget.show()
        assert not widget.own_copy_button.isVisible()
    finally:
        worker.close()
