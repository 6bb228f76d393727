"""Demo data: deterministic per seed, valid, covering every status, batched audit."""

from __future__ import annotations

import json

from shelterdesk.domain.enums import CaseStatus, NeedCategory, NeedStatus, ReferralStatus
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.domain.validation import validate_survivor
from shelterdesk.services.demo import BATCH, fill_demo
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF


def _values(conn, sql: str) -> set[str]:
    return {r[0] for r in conn.execute(sql)}


def test_demo_is_realistic_and_complete(services) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(services, 1200, seed=7, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(BATCH, 1200), (1200, 1200)]
    conn = services.session.conn
    assert _values(conn, "SELECT status FROM survivors") == {s.value for s in CaseStatus}
    assert _values(conn, "SELECT category FROM needs") == {c.value for c in NeedCategory}
    assert _values(conn, "SELECT status FROM needs") == {s.value for s in NeedStatus}
    assert _values(conn, "SELECT status FROM referrals") == {s.value for s in ReferralStatus}
    assert len(_values(conn, "SELECT code FROM survivor_nationalities")) >= 18
    assert services.referrals.waiting(overdue_only=True)
    assert services.cases.count(CaseQuery(text="伟")) > 0
    assert services.cases.count(CaseQuery(text="nguyen")) > 0
    assert services.audit.entries(action_prefix="demo.fill", limit=10).__len__() == 2
    today = services.session.clock.today()
    for sid in range(1, 1201, 37):
        validate_survivor(services.cases.get(sid), today)
    assert not conn.execute("SELECT 1 FROM survivors WHERE data LIKE '%+%'").fetchone()  # no phone numbers
    assert services.audit.verify().ok


def test_same_seed_same_people(tmp_path, clock) -> None:
    def names(folder: str, seed: int) -> list[tuple]:
        session, _ = create_vault(tmp_path / folder, "admin", "correct horse battery staple", kdf=MIN_KDF,
                                  clock=clock, state_dir=tmp_path / "state")
        svc = Services.for_session(session)
        try:
            fill_demo(svc, 50, seed=seed)
            return svc.session.conn.execute(
                "SELECT case_number, family_name, given_names, native_name FROM survivors ORDER BY id").fetchall()
        finally:
            svc.close()

    assert names("a", 1) == names("b", 1) != names("c", 2)


def test_demo_refuses_a_vault_with_real_cases_unless_told(cli_vault, capsys) -> None:
    from shelterdesk.cli import main

    v = str(cli_vault)
    assert main(["--vault", v, "demo", "--count", "5"]) == 0  # demo data only so far: more is fine
    assert main(["--vault", v, "add", "--family", "Rahayu", "--nationality", "ID"]) == 0
    capsys.readouterr()
    assert main(["--vault", v, "demo", "--count", "5"]) == 1
    assert "holds real cases" in capsys.readouterr().err
    assert main(["--vault", v, "search", "--json", "--limit", "100"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 6  # nothing was added by the refused run
    assert main(["--vault", v, "demo", "--count", "5", "--into-real-vault"]) == 0
    assert main(["--vault", v, "search", "--json", "--limit", "100"]) == 0
    assert len(json.loads(capsys.readouterr().out.split("\n", 1)[1])) == 11
