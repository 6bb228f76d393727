"""The one-time passphrase an administrator sets opens nothing but its own replacement, in every front end."""

from __future__ import annotations

import pytest

from shelterdesk.domain.errors import PassphraseChangeRequired
from shelterdesk.domain.models import Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock

from .helpers import new_vault

ONE_TIME = "purple elephant dancing quietly"
OWN = "bob keeps seven quiet lanterns"


def test_services_refuse_every_read_and_write_until_the_member_chooses_a_passphrase(tmp_path):
    admin, _code = new_vault(tmp_path / "v", tmp_path / "state")
    case = admin.cases.register(Survivor(family_name="Rahayu", nationalities=["ID"])).id
    admin.staff.add("bob", "caseworker", ONE_TIME)
    admin.close()
    bob = Services.for_session(unlock(tmp_path / "v", "bob", ONE_TIME, state_dir=tmp_path / "state"))
    try:
        attempts = [
            lambda: bob.cases.search(CaseQuery(text="Rahayu")),
            lambda: bob.cases.open_case(case),
            lambda: bob.cases.register(Survivor(family_name="Santoso", nationalities=["ID"])),
            lambda: bob.needs.add(case, "medical"),
            lambda: bob.consents.record(case, "embassy"),
            lambda: bob.agencies.list(),
            lambda: bob.staff.list(),
            lambda: bob.audit.entries(),
            lambda: bob.drafts.keep("intake", {"family_name": "x"}),
        ]
        for attempt in attempts:
            with pytest.raises(PassphraseChangeRequired, match="passwd"):
                attempt()
        bob.staff.set_first_passphrase(OWN)
        assert [r.id for r in bob.cases.search(CaseQuery(text="Rahayu"))] == [case]
        bob.needs.add(case, "medical")
    finally:
        bob.close()
    # The one-time passphrase no longer opens; the chosen one does, with nothing more to change.
    again = unlock(tmp_path / "v", "bob", OWN, state_dir=tmp_path / "state")
    assert not again.actor.must_change_passphrase
    again.close()
