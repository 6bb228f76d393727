"""The dashboard's tallies (kept by triggers) always equal a count of the register itself."""

from __future__ import annotations

from datetime import timedelta

from shelterdesk.domain.enums import CaseStatus
from shelterdesk.domain.models import Survivor
from shelterdesk.services.demo import fill_demo
from shelterdesk.services.registry import Services

ACTIVE = "('intake', 'sheltered', 'awaiting_repatriation')"
OPEN = "('open', 'in_progress', 'on_hold')"
WAITING = "('sent', 'acknowledged', 'accepted')"
RECOUNT = {
    "status": "SELECT status, '', count(*) FROM survivors GROUP BY 1",
    "admitted": "SELECT substr(admission_date, 1, 7), '', count(*) FROM survivors WHERE admission_date IS NOT NULL "
                "GROUP BY 1",
    "left": "SELECT substr(json_extract(data, '$.stay.discharge_date'), 1, 7), '', count(*) FROM survivors "
            "WHERE json_extract(data, '$.stay.discharge_date') IS NOT NULL GROUP BY 1",
    "nat": f"SELECT n.code, '', count(*) FROM survivor_nationalities n JOIN survivors s ON s.id = n.survivor_id "
           f"WHERE s.status IN {ACTIVE} GROUP BY 1",
    "need": f"SELECT category, priority, count(*) FROM needs WHERE status IN {OPEN} GROUP BY 1, 2",
    "wait": f"SELECT CAST(agency_id AS TEXT), coalesce(sent_on, substr(created_at, 1, 10)), count(*) FROM referrals "
            f"WHERE status IN {WAITING} GROUP BY 1, 2",
    "follow": f"SELECT follow_up_due, '', count(*) FROM referrals WHERE status IN {WAITING} AND follow_up_due IS NOT NULL "
              f"GROUP BY 1",
}


def assert_tallies_match(services: Services) -> None:
    conn = services.session.conn
    for name, sql in RECOUNT.items():
        kept = {(k1, k2): n for k1, k2, n in conn.execute("SELECT k1, k2, n FROM tally WHERE name = ? AND n > 0",
                                                           (name,))}
        counted = {(k1, k2): n for k1, k2, n in conn.execute(sql)}
        assert kept == counted, name


def test_tallies_follow_every_kind_of_change(services: Services) -> None:
    fill_demo(services, 150, seed=3)
    assert_tallies_match(services)
    today = services.session.clock.today()
    sid = services.cases.register(Survivor(family_name="Tally", nationalities=["ID", "MY"]),
                                  confirm_not_duplicate=True).id
    case = services.cases.get(sid)
    case.status, case.nationalities = CaseStatus.SHELTERED, ["ID", "TH"]
    case.stay.admission_date = today - timedelta(days=40)
    case = services.cases.update(case)
    case.status = CaseStatus.REPATRIATED
    case.stay.discharge_date = today
    services.cases.update(case)
    need = services.needs.add(sid, "medical", priority="urgent")
    services.needs.set_status(need.id, "met", outcome="done")
    agency = services.agencies.list(kind="embassy")[0]
    ref = services.referrals.create(sid, agency.id, reason="x", override_reason="test")
    services.referrals.set_status(ref.id, "sent")
    services.referrals.set_follow_up(ref.id, today - timedelta(days=1))
    assert_tallies_match(services)
    services.referrals.set_status(ref.id, "declined", outcome="no answer")
    assert_tallies_match(services)
    d = services.dashboard.figures()
    assert d.in_shelter == sum(n for _k, _k2, n in services.session.conn.execute(RECOUNT["status"]).fetchall()
                               if _k in ("intake", "sheltered", "awaiting_repatriation"))
