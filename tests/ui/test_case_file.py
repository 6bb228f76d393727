"""The case file: field-by-field validation, conflicts, drafts across a lock, read-only staff."""

from __future__ import annotations

from datetime import date

import pytest

from shelterdesk.domain.enums import Role
from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from shelterdesk.ui.case_file import CaseFileWidget
from tests.conftest import ADMIN, ADMIN_PASS
from tests.shared import services_as
from tests.ui.helpers import button, replace_text, type_text, visible_buttons


@pytest.fixture
def case(services) -> Survivor:
    return services.cases.register(Survivor(
        family_name="Nugroho", given_names="Siti", native_name="", nationalities=["ID"],
        documents=[IdentityDocument(number="B7654321")]))


def open_case(qtbot, services, survivor_id: int) -> CaseFileWidget:
    widget = CaseFileWidget(services, survivor_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_opens_with_the_record_and_logs_the_read(qtbot, services, case):
    widget = open_case(qtbot, services, case.id)
    assert widget.case_number.text() == case.case_number
    assert widget.identity.fields["family_name"].text() == "Nugroho"
    assert widget.documents.rows[0].number.text() == "B7654321"
    assert not widget.has_unsaved_changes()
    assert widget.windowTitle() == ""  # never a name in a title
    actions = [e.action for e in services.audit.entries(entity="survivor", entity_id=case.id)]
    assert "case.view" in actions
    assert widget.history.model.rowCount() == len(actions)


def test_bad_date_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, services, case):
    widget = open_case(qtbot, services, case.id)
    dob = widget.identity.fields["date_of_birth"]
    type_text(dob.line, "31/02/1999")
    type_text(widget.identity.fields["native_name"].line, "សុខ ដារ៉ា")
    assert widget.has_unsaved_changes()
    button(widget, "Save case").click()
    assert "is not a date" in dob.error_text() and "14/03/1996" in dob.error_text()
    assert dob.text() == "31/02/1999"  # what was typed stays
    assert services.cases.get(case.id).native_name == ""  # nothing saved
    assert "Nothing was saved" in widget.notice.message()

    replace_text(dob.line, "1999-02-28")
    assert dob.error_text() == ""  # the message goes once the field is edited
    with qtbot.waitSignal(widget.saved):
        button(widget, "Save case").click()
    stored = services.cases.get(case.id)
    assert stored.date_of_birth == date(1999, 2, 28) and stored.native_name == "សុខ ដារ៉ា"
    assert not widget.has_unsaved_changes()


def test_service_messages_land_next_to_nested_fields(qtbot, services, case):
    widget = open_case(qtbot, services, case.id)
    widget.tabs.setCurrentIndex(0)
    kin_phone = widget.identity.fields["next_of_kin.phone"]
    qtbot.keyClicks(kin_phone.line, "12")
    replace_text(widget.documents.rows[0].number.line, "!!")
    button(widget, "Save case").click()
    assert "phone number" in kin_phone.error_text()
    assert "document number" in widget.documents.rows[0].number.error_text()
    assert kin_phone.text() == "12"
    assert services.cases.get(case.id).documents[0].number == "B7654321"


def test_conflict_offers_reload_with_the_edits_kept(qtbot, services, case):
    widget = open_case(qtbot, services, case.id)
    qtbot.keyClicks(widget.trafficking.fields["trafficking.compound_location"].line, "Sihanoukville")
    # Someone else saves first.
    other = services.cases.get(case.id)
    other.embassy_case_number = "ID-2026-77"
    services.cases.update(other)

    button(widget, "Save case").click()
    assert "Someone else saved" in widget.notice.message()
    button(widget, "Reload and keep my edits").click()
    assert widget.documents.fields["embassy_case_number"].text() == "ID-2026-77"  # their change
    assert widget.trafficking.fields["trafficking.compound_location"].text() == "Sihanoukville"  # ours
    with qtbot.waitSignal(widget.saved):
        button(widget, "Save case").click()
    stored = services.cases.get(case.id)
    assert (stored.embassy_case_number, stored.trafficking.compound_location) == ("ID-2026-77", "Sihanoukville")


def test_unsaved_edits_survive_a_lock(qtbot, services, case, vault_dir, clock, shelterdesk_home):
    widget = open_case(qtbot, services, case.id)
    type_text(widget.notes.fields["notes"].edit, "Asked for her mother in Surabaya — 母亲")
    widget.documents.add_document()
    qtbot.keyClicks(widget.documents.rows[1].number.line, "X99887766")
    widget.keep_draft()
    widget.clear()
    assert widget.notes.fields["notes"].text() == "" and widget.identity.fields["family_name"].text() == ""
    services.close()  # the lock

    again = Services.for_session(unlock(vault_dir, ADMIN, ADMIN_PASS, clock=clock,
                                        state_dir=shelterdesk_home / "state"))
    try:
        reopened = open_case(qtbot, again, case.id)
        assert reopened.notes.fields["notes"].text() == "Asked for her mother in Surabaya — 母亲"
        assert reopened.documents.rows[1].number.text() == "X99887766"
        assert "restored" in reopened.notice.message()
        assert reopened.has_unsaved_changes()
        assert again.cases.get(case.id).notes == ""  # kept as a draft, not saved
        button(reopened, "Save").click()
        assert again.cases.get(case.id).passport_numbers() == ["B7654321", "X99887766"]
        assert again.drafts.keys() == []
    finally:
        again.close()


def test_restored_draft_can_be_discarded(qtbot, services, case):
    widget = open_case(qtbot, services, case.id)
    type_text(widget.identity.fields["preferred_name"].line, "Sri")
    widget.keep_draft()
    widget.clear()
    reopened = open_case(qtbot, services, case.id)
    assert reopened.identity.fields["preferred_name"].text() == "Sri"
    button(reopened, "Discard").click()
    assert reopened.identity.fields["preferred_name"].text() == ""
    assert not reopened.has_unsaved_changes()
    assert services.drafts.keys() == []


def test_read_only_staff_see_no_editing_controls(qtbot, services, case):
    services.needs.add(case.id, "medical")
    ro = services_as(services, Role.READONLY)
    try:
        widget = open_case(qtbot, ro, case.id)
        assert not widget.save_button.isVisibleTo(widget)
        assert widget.identity.fields["family_name"].line.isReadOnly()
        assert not widget.documents.add_button.isVisibleTo(widget)
        for tab in (widget.needs, widget.referrals, widget.consent):
            widget.tabs.setCurrentWidget(tab)
            if tab.model.rows:
                tab.table.selectRow(0)
        editing = {"Add a need", "Refer to an agency", "Record consent", "Withdraw this consent", "Save case", "Save",
                   "Start work", "Mark met", "Save changes to this need", "Prepare a letter"}
        assert not (visible_buttons(widget) & editing)
        assert widget.needs.model.rowCount() == 1  # reads still work
    finally:
        ro.close()
