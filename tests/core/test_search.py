"""Search: diacritic-insensitive Latin words, substrings of any native script, filters."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelterdesk.domain.enums import CaseStatus
from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.domain.names import fold_latin
from shelterdesk.domain.queries import CaseQuery

SCRIPTS = {  # letters of each script, as ranges of code points
    "Han": (0x4E00, 0x4FFF), "Khmer": (0x1780, 0x17B3), "Bengali": (0x0995, 0x09B9), "Thai": (0x0E01, 0x0E2E),
    "Arabic": (0x0628, 0x064A), "Devanagari": (0x0915, 0x0939), "Ethiopic": (0x1200, 0x1248),
    "Lao": (0x0E81, 0x0EAE), "Myanmar": (0x1000, 0x102A), "Sinhala": (0x0D9A, 0x0DC6), "Tamil": (0x0B95, 0x0BB9),
}
LATIN = "abcdeghiklmnopqrstuvyàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹçñöüß"


def _script_text(draw, min_size: int = 1) -> str:
    lo, hi = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    letters = st.characters(min_codepoint=lo, max_codepoint=hi, categories=("Lo", "Mn", "Mc"))
    return draw(st.text(alphabet=letters, min_size=min_size, max_size=8))


@st.composite
def people(draw):
    native = " ".join(_script_text(draw) for _ in range(draw(st.integers(1, 3))))
    words = draw(st.lists(st.text(alphabet=LATIN, min_size=1, max_size=10), min_size=1, max_size=3))
    i = draw(st.integers(0, len(native) - 1))
    j = draw(st.integers(i + 1, len(native)))
    return native, words, native[i:j]


def _ids(services, text: str) -> set[int]:
    return {r.id for r in services.cases.search(CaseQuery(text=text), limit=100_000)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people())
def test_any_native_substring_and_any_folded_latin_word_finds_the_person(services, person) -> None:
    native, words, fragment = person
    s = services.cases.register(Survivor(family_name=words[0], given_names=" ".join(words[1:]),
                                         native_name=native, nationalities=["unknown"]),
                                confirm_not_duplicate=True)
    if fragment.strip():
        assert s.id in _ids(services, fragment)
    for word in words:
        assert s.id in _ids(services, fold_latin(word))
        assert s.id in _ids(services, word.upper())


@pytest.mark.parametrize("native,query", [
    ("Nguyễn Thị Hoà", "nguyen thi hoa"), ("张伟", "伟"), ("សុខ ដារ៉ា", "ដារ៉ា"), ("মোহাম্মদ রহমান", "রহমা"),
    ("สมชาย ใจดี", "ชาย"), ("محمد أحمد", "حمد"), ("አበበ በቀለ", "በቀ"), ("राम बहादुर", "बहा"),
])
def test_examples_from_the_issue(services, native: str, query: str) -> None:
    s = services.cases.register(Survivor(family_name="Test", given_names="Person", native_name=native,
                                         nationalities=["unknown"]))
    other = services.cases.register(Survivor(family_name="Else", given_names="Someone", native_name="李娜",
                                             nationalities=["CN"]))
    found = _ids(services, query)
    assert s.id in found and other.id not in found


def test_case_number_passport_alias_and_embassy_case(services) -> None:
    s = services.cases.register(Survivor(
        family_name="Santoso", given_names="Budi", nationalities=["ID"], aliases=["Kevin"],
        embassy_case_number="KBRI-2026-118", documents=[IdentityDocument(number="C 123-4567")]))
    for text in (s.case_number, s.case_number.lower(), "c1234567", "C 123-4567", "C123-4567", "kevin", "KBRI-2026-118"):
        assert _ids(services, text) == {s.id}, text
    assert _ids(services, "nobody") == set()
    assert _ids(services, "!!!") == set()


@pytest.fixture
def register(services):
    """Four cases across statuses, nationalities, needs and referrals."""
    c = services.cases

    def add(name: str, nat: str, status: CaseStatus) -> int:
        return c.register(Survivor(family_name=name, given_names="A", nationalities=[nat], status=status)).id

    ids = {
        "id_sheltered": add("Rahayu", "ID", CaseStatus.SHELTERED),
        "id_waiting": add("Setiawan", "ID", CaseStatus.AWAITING_REPATRIATION),
        "cn_sheltered": add("Wang", "CN", CaseStatus.SHELTERED),
        "vn_closed": add("Tran", "VN", CaseStatus.CLOSED),
    }
    services.needs.add(ids["id_sheltered"], "medical")
    met = services.needs.add(ids["cn_sheltered"], "legal")
    services.needs.set_status(met.id, "met")
    services.consents.record(ids["id_waiting"], "embassy")
    embassy = services.agencies.embassies_for("ID")[0]
    ref = services.referrals.create(ids["id_waiting"], embassy.id, priority="urgent")
    services.referrals.set_status(ref.id, "sent")
    return ids


def _found(services, **query) -> set[int]:
    return {r.id for r in services.cases.search(CaseQuery(**query))}


def test_filters(services, register, clock) -> None:
    ids = register
    assert _found(services, statuses=[CaseStatus.SHELTERED]) == {ids["id_sheltered"], ids["cn_sheltered"]}
    assert _found(services, nationality="ID") == {ids["id_sheltered"], ids["id_waiting"]}
    assert _found(services, statuses=[CaseStatus.SHELTERED], nationality="ID") == {ids["id_sheltered"]}
    assert _found(services, open_need_category="*") == {ids["id_sheltered"]}
    assert _found(services, open_need_category="legal") == set()
    assert _found(services, waiting_on_kind="embassy") == {ids["id_waiting"]}
    assert _found(services, waiting_on_kind="agency") == set()
    assert _found(services, overdue=True) == set()
    clock.advance(days=4)  # urgent referral: follow up within 3 days
    assert _found(services, overdue=True) == {ids["id_waiting"]}
    assert services.cases.count(CaseQuery(overdue=True, nationality="ID")) == 1
    summary = services.cases.search(CaseQuery(waiting_on_kind="embassy"))[0]
    assert summary.waiting_on.startswith("Embassy of the Republic of Indonesia")
