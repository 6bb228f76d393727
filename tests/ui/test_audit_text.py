"""History and the audit log in words: every action the services log has a description, and status changes
read as "Draft → Sent", not codes."""

from __future__ import annotations

import re
from pathlib import Path

from shelterdesk import services as services_package
from shelterdesk.domain.models import Survivor
from shelterdesk.ui.audit_text import ACTIONS, describe_action, describe_detail
from shelterdesk.ui.case_tabs.history import HistoryTab


def test_every_logged_action_has_a_description():
    root = Path(services_package.__file__).parent
    logged = set()
    for path in root.rglob("*.py"):
        logged |= set(re.findall(r"log\(\s*conn,\s*\"([a-z_]+\.[a-z_]+)\"", path.read_text()))
    assert logged, "the scan found the services' log calls"
    assert sorted(logged - set(ACTIONS)) == []


def test_details_use_labels_not_codes():
    assert describe_detail("need 3 open->met") == "need 3 Open → Met"
    assert describe_detail("fields: given_names,stay.admission_date") == "Changed: given names, stay admission date"
    assert describe_action("case.view") == "Opened the case file"
    assert describe_action("future.thing") == "future.thing"


def test_the_history_tab_reads_as_sentences(qtbot, services):
    sid = services.cases.register(Survivor(family_name="Thapa", given_names="Ram", nationalities=["NP"]),
                                  confirm_not_duplicate=True).id
    services.cases.open_case(sid)
    agency = services.agencies.list()[0]
    ref = services.referrals.create(sid, agency.id, reason="x", override_reason="verbal consent, form to follow")
    services.referrals.set_status(ref.id, "sent")
    tab = HistoryTab(services, sid)
    qtbot.addWidget(tab)
    tab.refresh()
    rows = [(tab.model.index(r, 2).data(), tab.model.index(r, 3).data()) for r in range(tab.model.rowCount())]
    whats = [what for what, _detail in rows]
    assert "Opened the case file" in whats and "Registered the person" in whats and "Moved a referral" in whats
    assert any("Draft → Sent" in detail for _what, detail in rows), rows
    assert not any("->" in detail or what.count(".") for what, detail in rows)


def test_the_audit_filter_offers_families_by_name(qtbot, services):
    from shelterdesk.ui.audit_view import AuditView

    services.cases.register(Survivor(family_name="Thapa", nationalities=["NP"]), confirm_not_duplicate=True)
    view = AuditView(services)
    qtbot.addWidget(view)
    names = [view.action.itemText(i) for i in range(view.action.count())]
    assert "Cases" in names and not any("." in n for n in names)
    view.action.setCurrentIndex(names.index("Cases"))
    view.apply_filters()
    assert view.filters["action_prefix"] == "case."
    assert {view.model.index(r, 2).data() for r in range(view.model.rowCount())} == {"Registered the person"}
