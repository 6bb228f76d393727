"""The agency directory screen, and qtmodeltester on every table model of part B."""

from __future__ import annotations

from datetime import date

from shelterdesk.domain.enums import ReferralPriority, ReferralStatus, Role
from shelterdesk.domain.models import Agency, AuditEntry, Consent, Need, Referral
from shelterdesk.services.referrals import WaitingReferral
from shelterdesk.ui import table_models
from shelterdesk.ui.agencies_view import AgenciesView
from tests.shared import services_as
from tests.ui.helpers import button, type_text, visible_buttons

EDIT_BUTTONS = {"New agency", "Save agency", "Delete agency"}


def test_administrator_adds_edits_and_deletes_an_agency(qtbot, services):
    view = AgenciesView(services)
    qtbot.addWidget(view)
    view.show()
    button(view, "New agency").click()
    view.kind.set_value("provider")
    type_text(view.name.line, "Clinique Médicale — ក្លីនិក")
    view.letter_language.add("km")
    button(view, "Save agency").click()
    saved = next(a for a in services.agencies.list("provider") if a.name.startswith("Clinique"))
    assert saved.letter_language == "km"

    type_text(view.contact_person.line, "Dr Sok")
    button(view, "Save agency").click()
    assert services.agencies.get(saved.id).contact_person == "Dr Sok"
    button(view, "Delete agency").click()
    assert all(a.id != saved.id for a in services.agencies.list())


def test_missing_name_is_shown_next_to_the_field(qtbot, services):
    view = AgenciesView(services)
    qtbot.addWidget(view)
    view.show()
    before = len(services.agencies.list())
    button(view, "New agency").click()
    qtbot.keyClicks(view.nationalities.line, "Narnia")
    button(view, "Save agency").click()
    assert "Narnia" in view.nationalities.error_text()
    view.nationalities.line.clear()
    button(view, "Save agency").click()
    assert "name" in view.name.error_text()
    assert len(services.agencies.list()) == before


def test_caseworkers_see_the_directory_read_only(qtbot, services):
    caseworker = services_as(services, Role.CASEWORKER)
    try:
        view = AgenciesView(caseworker)
        qtbot.addWidget(view)
        view.show()
        view.table.selectRow(0)
        assert view.model.rowCount() > 0
        assert not (visible_buttons(view) & EDIT_BUTTONS)
        assert view.name.line.isReadOnly()
    finally:
        caseworker.close()


def test_table_models_pass_qtmodeltester(qtmodeltester):
    today = date(2026, 11, 25)
    need = Need(survivor_id=1, category="medical", due_date=date(2026, 11, 1), id=1)
    referral = Referral(survivor_id=1, agency_id=1, reference="REF-2026-00001", status=ReferralStatus.SENT,
                        follow_up_due=date(2026, 11, 20), id=1)
    consent = Consent(survivor_id=1, kind="embassy", given_on=date(2026, 11, 1), id=1)
    entry = AuditEntry(1, today_dt(), "admin", "case.view", "survivor", "1", "")
    agency = Agency(kind="embassy", name="Embassy of the Republic of Indonesia", nationalities=["ID"], id=1)
    for model, rows in ((table_models.needs_model(lambda: today), [need, Need(1, "food", id=2)]),
                        (table_models.referrals_model(lambda: today, lambda _i: "Embassy"), [referral]),
                        (table_models.consents_model(lambda: today), [consent]),
                        (table_models.history_model(), [entry]),
                        (table_models.agencies_model(), [agency])):
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
        model.clear()
        qtmodeltester.check(model, force_py=True)

    overview = table_models.ReferralOverviewModel()
    overview.set_referrals([
        waiting(1, 1, "Embassy of the Republic of Indonesia", 12, True),
        waiting(2, 1, "Embassy of the Republic of Indonesia", 3, False),
        waiting(3, 2, "IOM Cambodia", 40, False),
    ])
    qtmodeltester.check(overview, force_py=True)
    assert overview.index(0, 0).data() == "IOM Cambodia"  # the longest wait first
    assert overview.rowCount(overview.index(1, 0)) == 2


def today_dt():
    from datetime import UTC, datetime

    return datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def waiting(rid: int, agency_id: int, agency: str, days: int, overdue: bool) -> WaitingReferral:
    return WaitingReferral(rid, f"REF-2026-{rid:05d}", ReferralStatus.SENT, ReferralPriority.NORMAL, agency_id,
                           agency, "embassy", rid, f"SD-2026-{rid:04d}", "Santoso Andi", "", days,
                           date(2026, 11, 20), overdue)
