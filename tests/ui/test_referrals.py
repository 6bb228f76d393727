"""Referrals: consent gate with a coordinator's override, transitions, the overview across cases."""

from __future__ import annotations

import pytest

from shelterdesk.domain.enums import ConsentKind, ReferralStatus, Role
from shelterdesk.domain.models import Survivor
from shelterdesk.ui.case_file import CaseFileWidget
from shelterdesk.ui.referrals_view import ReferralsOverview
from tests.shared import services_as
from tests.ui.helpers import button, type_text, visible_buttons

INDONESIA = "Embassy of the Republic of Indonesia"


@pytest.fixture
def case(services) -> Survivor:
    return services.cases.register(Survivor(family_name="Santoso", given_names="Andi", nationalities=["ID"]))


def open_referrals(qtbot, services, survivor_id: int) -> CaseFileWidget:
    w = CaseFileWidget(services, survivor_id)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.referrals)
    return w


def start(tab, agency_name: str = INDONESIA) -> None:
    button(tab, "Refer to an agency").click()
    index = next(i for i in range(tab.agency.combo.count()) if tab.agency.combo.itemText(i).endswith(agency_name))
    tab.agency.combo.setCurrentIndex(index)


def test_embassy_of_the_persons_nationality_comes_first(qtbot, services, case):
    widget = open_referrals(qtbot, services, case.id)
    tab = widget.referrals
    button(tab, "Refer to an agency").click()
    assert tab.agency.combo.itemText(0).endswith(INDONESIA)


def test_referral_without_consent_is_blocked_then_consent_unblocks_it(qtbot, services, case):
    widget = open_referrals(qtbot, services, case.id)
    tab = widget.referrals
    start(tab)
    button(tab, "Create referral").click()
    assert "no valid embassy consent" in tab.notice.message()
    assert services.referrals.for_survivor(case.id) == []

    button(tab, "Record consent").click()  # goes to the consent tab, ready for embassy consent
    assert widget.tabs.currentWidget() is widget.consent
    assert widget.consent.kind.value() == "embassy"
    type_text(widget.consent.interpreter.line, "Dewi")
    button(widget.consent, "Record consent").click()
    assert services.consents.valid(case.id, ConsentKind.EMBASSY).interpreter == "Dewi"

    widget.tabs.setCurrentWidget(tab)
    start(tab)
    button(tab, "Create referral").click()
    [ref] = services.referrals.for_survivor(case.id)
    assert ref.consent_id is not None and ref.override_reason == ""


def test_coordinator_can_override_with_a_reason(qtbot, services, case):
    coordinator = services_as(services, Role.COORDINATOR)
    try:
        widget = open_referrals(qtbot, coordinator, case.id)
        tab = widget.referrals
        start(tab)
        button(tab, "Create referral").click()
        assert tab.override_panel.isVisible()
        button(tab, "Override with reason").click()  # a reason is required
        assert "Write why" in tab.override_reason.error_text()
        assert coordinator.referrals.for_survivor(case.id) == []
        type_text(tab.override_reason.line, "Embassy visit tomorrow; person unreachable for consent today")
        button(tab, "Override with reason").click()
        [ref] = coordinator.referrals.for_survivor(case.id)
        assert ref.override_reason.startswith("Embassy visit tomorrow")
        entries = coordinator.audit.entries(entity="survivor", entity_id=case.id)
        assert any("consent overridden" in e.detail for e in entries)
    finally:
        coordinator.close()


def test_caseworker_gets_no_override(qtbot, services, case):
    caseworker = services_as(services, Role.CASEWORKER)
    try:
        widget = open_referrals(qtbot, caseworker, case.id)
        tab = widget.referrals
        start(tab)
        button(tab, "Create referral").click()
        assert "Record their consent first" in tab.notice.message()
        assert not tab.override_panel.isVisibleTo(tab)
        assert "Override with reason" not in visible_buttons(tab)
        assert caseworker.referrals.for_survivor(case.id) == []
    finally:
        caseworker.close()


def test_referral_transitions_follow_the_state_machine(qtbot, services, case):
    services.consents.record(case.id, "embassy")
    widget = open_referrals(qtbot, services, case.id)
    tab = widget.referrals
    start(tab)
    button(tab, "Create referral").click()
    [ref] = services.referrals.for_survivor(case.id)
    statuses = {"Mark sent", "Withdraw", "Mark acknowledged", "Mark accepted", "Mark declined", "Mark completed"}
    assert visible_buttons(tab) & statuses == {"Mark sent", "Withdraw"}
    button(tab, "Mark sent").click()
    assert services.referrals.get(ref.id).status == ReferralStatus.SENT
    assert visible_buttons(tab) & statuses == {"Mark acknowledged", "Mark accepted", "Mark declined", "Withdraw"}
    type_text(tab.outcome.edit, "Interview on 3 December")
    button(tab, "Mark accepted").click()
    stored = services.referrals.get(ref.id)
    assert stored.status == ReferralStatus.ACCEPTED and stored.outcome == "Interview on 3 December"
    button(tab, "Mark completed").click()
    assert visible_buttons(tab) & statuses == set()  # closed: nothing further


def test_letter_button_asks_for_a_letter_for_the_selected_referral(qtbot, services, case):
    services.consents.record(case.id, "embassy")
    widget = open_referrals(qtbot, services, case.id)
    start(widget.referrals)
    button(widget.referrals, "Create referral").click()
    with qtbot.waitSignal(widget.letter_requested) as signal:
        button(widget.referrals, "Prepare a letter").click()
    assert signal.args == [services.referrals.for_survivor(case.id)[0].id]


def test_overview_groups_by_agency_with_waiting_days_and_overdue(qtbot, services, case, clock):
    other = services.cases.register(Survivor(family_name="Li", given_names="Wei", native_name="李伟",
                                             nationalities=["CN"]))
    embassies = {a.name: a.id for a in services.agencies.list("embassy")}
    for survivor, agency in ((case, INDONESIA), (other, "Embassy of the People's Republic of China")):
        services.consents.record(survivor.id, "embassy")
        ref = services.referrals.create(survivor.id, embassies[agency], priority="urgent")
        services.referrals.set_status(ref.id, "sent")
    clock.advance(days=5)  # urgent follow-up is 3 days: both overdue
    view = ReferralsOverview(services)
    qtbot.addWidget(view)
    view.refresh()
    model = view.model
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == sorted(
        [INDONESIA, "Embassy of the People's Republic of China"])
    group = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == INDONESIA)
    child = model.index(0, 0, group)
    assert child.data() == case.case_number
    assert model.index(0, 3, group).data() == "5"
    assert "overdue" in model.index(0, 4, group).data()
    with qtbot.waitSignal(view.open_case) as signal:
        view.tree.activated.emit(child)
    assert signal.args == [case.id]

    view.kind.setCurrentIndex(view.kind.findData("police"))
    assert model.rowCount() == 0
