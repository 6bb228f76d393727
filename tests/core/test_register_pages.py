"""A page of the register in case-number or admission order walks that order and stops after one page: it never
reads and sorts every match (at 100,000 cases the difference between 10 ms and a second: "overdue" took 1.1 s).

(Name order is left out: on an empty vault SQLite plans it differently than at scale, where it takes 8-17 ms.)"""

from __future__ import annotations

import pytest

from shelterdesk.domain.enums import AgencyKind, CaseStatus
from shelterdesk.domain.models import Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services
from shelterdesk.storage.repos import survivors as survivors_repo

FILTERS = {
    "everyone": CaseQuery(),
    "overdue": CaseQuery(overdue=True),
    "active": CaseQuery(statuses=[CaseStatus.INTAKE, CaseStatus.SHELTERED]),
    "waiting on an embassy": CaseQuery(waiting_on_kind=str(AgencyKind.EMBASSY)),
    "open need": CaseQuery(open_need_category="*"),
    "overdue and active": CaseQuery(overdue=True, statuses=[CaseStatus.SHELTERED]),
}


@pytest.mark.parametrize("sort", ["case_number", "admission"])
@pytest.mark.parametrize("name", list(FILTERS))
def test_a_page_walks_the_sort_order(services: Services, name: str, sort: str) -> None:
    query = FILTERS[name]
    query.sort = sort
    conn = services.session.conn
    sql, args = survivors_repo.page_ids(conn, query, services.session.clock.today())
    plan = " / ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*args, 200, 0]))
    assert "TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_a_broad_search_walks_the_sort_order_and_a_narrow_one_reads_its_few_rows(services: Services) -> None:
    for i in range(9):
        services.cases.register(Survivor(family_name="Santoso" if i % 2 else f"Other{i}", nationalities=["ID"]),
                                confirm_not_duplicate=True)
    conn, today = services.session.conn, services.session.clock.today()

    def plan(text: str) -> str:
        sql, args = survivors_repo.page_ids(conn, CaseQuery(text=text), today)
        return " / ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*args, 200, 0]))

    assert "TEMP B-TREE FOR ORDER BY" not in plan("santoso")  # 4 of 9 people: at least √9
    assert "INTEGER PRIMARY KEY" in plan("other2")  # one person: read that row
    found = services.cases.search(CaseQuery(text="santoso"))
    assert [c.case_number for c in found] == sorted(c.case_number for c in found) and len(found) == 4
    assert [c.family_name for c in services.cases.search(CaseQuery(text="other2"))] == ["Other2"]
