"""Roles are enforced in services; the possible-duplicate check at intake."""

from __future__ import annotations

from datetime import date

import pytest

from shelterdesk.domain.errors import DuplicateSuspected, PermissionDenied
from shelterdesk.domain.models import Agency, IdentityDocument, Survivor
from shelterdesk.services.demo import fill_demo
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock

PASS = "purple elephant dancing quietly"


def _as(services: Services, role: str, vault_dir, clock, home) -> tuple[Services, int]:
    """Lock the admin session and unlock as a new member of `role`; returns their services and a case id."""
    case = services.cases.register(Survivor(family_name="Rahayu", given_names="Siti", nationalities=["ID"])).id
    services.staff.add(f"{role}1", role, PASS)
    services.close()
    member = Services.for_session(unlock(vault_dir, f"{role}1", PASS, clock=clock, state_dir=home / "state"))
    member.staff.set_first_passphrase("their own seven quiet lanterns")
    return member, case


def test_readonly_can_read_but_not_write_anything(services, vault_dir, clock, shelterdesk_home) -> None:
    ro, case = _as(services, "readonly", vault_dir, clock, shelterdesk_home)
    try:
        assert ro.cases.open_case(case).given_names == "Siti"
        embassy = ro.agencies.embassies_for("ID")[0]
        attempts = [
            lambda: ro.cases.register(Survivor(family_name="X", nationalities=["ID"])),
            lambda: ro.cases.update(ro.cases.get(case)),
            lambda: ro.needs.add(case, "medical"),
            lambda: ro.consents.record(case, "embassy"),
            lambda: ro.consents.withdraw(case, "embassy"),
            lambda: ro.referrals.create(case, embassy.id, override_reason="urgent"),
            lambda: ro.agencies.save(Agency(kind="provider", name="Clinic")),
            lambda: ro.staff.add("someone", "caseworker", PASS),
            lambda: fill_demo(ro, 1),
        ]
        for attempt in attempts:
            with pytest.raises(PermissionDenied, match="readonly"):
                attempt()
    finally:
        ro.close()


def test_only_administrators_manage_staff(services, vault_dir, clock, shelterdesk_home) -> None:
    co, _case = _as(services, "coordinator", vault_dir, clock, shelterdesk_home)
    try:
        for attempt in (lambda: co.staff.add("x1", "caseworker", PASS), lambda: co.staff.set_role("admin", "readonly"),
                        lambda: co.staff.set_disabled("admin", True), lambda: co.staff.remove("admin")):
            with pytest.raises(PermissionDenied, match="administrators only"):
                attempt()
    finally:
        co.close()


def test_caseworker_cannot_override_consent_but_coordinator_can(services, vault_dir, clock, shelterdesk_home):
    cw, case = _as(services, "caseworker", vault_dir, clock, shelterdesk_home)
    try:
        embassy = cw.agencies.embassies_for("ID")[0]
        with pytest.raises(PermissionDenied):
            cw.referrals.create(case, embassy.id, override_reason="urgent protection")
        cw.consents.record(case, "embassy")
        assert cw.referrals.create(case, embassy.id).reference.startswith("REF-")
    finally:
        cw.close()


def _survivor(family: str, given: str, nat: str, dob: date | None = None, passport: str = "") -> Survivor:
    docs = [IdentityDocument(number=passport)] if passport else []
    return Survivor(family_name=family, given_names=given, nationalities=[nat], date_of_birth=dob, documents=docs)


def test_duplicate_check(services) -> None:
    c = services.cases
    first = c.register(_survivor("Nguyen", "Van An", "VN", date(1998, 4, 2), "C1234567"))

    def reasons(s: Survivor) -> dict[str, str]:
        with pytest.raises(DuplicateSuspected) as e:
            c.register(s)
        return {x.case_number: x.reason for x in e.value.candidates}

    assert reasons(_survivor("Tran", "Minh", "KH", passport="c 123-4567")) == {first.case_number:
                                                                             "same document number"}
    assert reasons(_survivor("Nguyễn", "Văn Ân", "LA", date(1998, 4, 2))) == {first.case_number:
                                                                             "similar name, same date of birth"}
    assert reasons(_survivor("NGUYEN", "VAN AN", "VN")) == {first.case_number: "similar name, same nationality"}
    other = c.register(_survivor("Nguyen", "Thi Lan", "VN", date(2001, 1, 1)))
    assert c.possible_duplicates(_survivor("Nguyen", "Van An", "TH", date(1990, 1, 1))) == []
    assert c.possible_duplicates(_survivor("Pham", "Quoc Bao", "VN")) == []
    forced = c.register(_survivor("Nguyen", "Van An", "VN"), confirm_not_duplicate=True)
    assert len({first.id, other.id, forced.id}) == 3
