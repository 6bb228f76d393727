"""Search finds a name however the keyboard spelt it: Arabic-script variants, Zawgyi Myanmar."""

from __future__ import annotations

import pytest

from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.domain.names import fold_for_search, zawgyi_to_unicode
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from shelterdesk.storage.repos import meta as meta_repo
from shelterdesk.storage.repos import survivors as survivors_repo
from tests.conftest import ADMIN, ADMIN_PASS


def _ids(services, text: str) -> set[int]:
    return {r.id for r in services.cases.search(CaseQuery(text=text), limit=1000)}


def _register(services, native: str) -> Survivor:
    return services.cases.register(Survivor(family_name="Test", given_names="Person", native_name=native,
                                            nationalities=["unknown"]), confirm_not_duplicate=True)


@pytest.mark.parametrize("stored,typed", [
    ("محمد عبد الرحمن ذوالفقار علی چوہدری قریشی", "علي"),  # Arabic yeh finds Persian/Urdu yeh
    ("محمد عبد الرحمن ذوالفقار علی چوہدری قریشی", "چوهدری"),  # Arabic heh finds Urdu heh goal
    ("عمران خان ٹھیکیدار", "ٹهیکیدار"),  # heh doachashmee typed as heh
    ("كريم", "کریم"),  # Arabic kaf and yeh stored, Persian typed
    ("فاطمة", "فاطمه"),  # teh marbuta
    ("أحمد إبراهيم", "احمد ابراهيم"),  # hamza and madda forms of alef
    ("مُحَمَّد", "محمد"),  # vowel marks stored, none typed
    ("محمد", "محـــمد"),  # tatweel typed
    ("ဦး အောင် ကျော်", "ေက်ာ္"),  # Unicode stored, Zawgyi typed
    ("ေအာင္ ေက်ာ္", "ကျော်"),  # Zawgyi stored, Unicode typed
])
def test_variant_spellings_find_the_person(services, stored: str, typed: str) -> None:
    person = _register(services, stored)
    other = _register(services, "李娜")
    found = _ids(services, typed)
    assert person.id in found and other.id not in found


def test_zawgyi_is_converted_and_unicode_left_alone() -> None:
    assert zawgyi_to_unicode("ေအာင္ ေက်ာ္") == "အောင် ကျော်"
    assert zawgyi_to_unicode("မင္းေအာင္") == "မင်းအောင်"
    assert zawgyi_to_unicode("အောင် ကျော်") == "အောင် ကျော်"
    assert fold_for_search("Nguyễn Văn An") == "Nguyễn Văn An"


def test_vault_indexed_under_older_rules_is_reindexed_at_open(services) -> None:
    person = _register(services, "محمد علي")
    vault = services.session.vault
    with vault.write() as conn:  # the index as a vault from before the folding rules had it
        conn.execute("UPDATE survivor_search SET body = 'test person م ح م د ع ل ي'")
        meta_repo.put(conn, "search_folding_version", "1")
    assert person.id not in _ids(services, "علی")
    session = services.session
    services.close()
    reopened = Services.for_session(unlock(session.vault.directory, ADMIN, ADMIN_PASS, clock=session.clock,
                                           state_dir=session.state_dir))
    try:
        assert person.id in _ids(reopened, "علی")
        assert person.id in _ids(reopened, "Person")
    finally:
        reopened.close()


def test_reindex_gives_the_index_that_saving_gives(services) -> None:
    for i, native in enumerate(["محمد علي", "ေအာင္ ေက်ာ္", "张伟"]):
        services.cases.register(Survivor(
            family_name=f"Family{i}", given_names="Given", native_name=native, aliases=[f"Alias{i}", "علي"],
            embassy_case_number=f"EMB-{i}", nationalities=["unknown"],
            documents=[IdentityDocument(number=f"C 123-45{i}")]), confirm_not_duplicate=True)
    conn = services.session.vault.connection()
    saved = conn.execute("SELECT rowid, body FROM survivor_search ORDER BY rowid").fetchall()
    with services.session.vault.write() as c:
        survivors_repo.reindex(c)
    assert conn.execute("SELECT rowid, body FROM survivor_search ORDER BY rowid").fetchall() == saved
