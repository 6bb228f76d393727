"""Countries and languages are found by the names people actually type (CLDR and ISO data)."""

from __future__ import annotations

import pytest

from shelterdesk.domain.countries import country_label, find_countries, resolve_country
from shelterdesk.domain.languages import find_languages, language_label, resolve_language
from shelterdesk.domain.validation import country_code, language_code


@pytest.mark.parametrize(("typed", "code"), [
    ("Burma", "MM"), ("Myanmar", "MM"), ("Burmese", "MM"), ("Nepal", "NP"), ("Nepali", "NP"),
    ("Indonesian", "ID"), ("Khmer", "KH"), ("Cambodian", "KH"), ("Vietnamese", "VN"),
    ("Việt Nam", "VN"), ("viet nam", "VN"), ("ไทย", "TH"), ("Filipino", "PH"), ("Bangladeshi", "BD"),
    ("Sri Lankan", "LK"), ("IDN", "ID"), ("kh", "KH"), ("stateless", "stateless"),
])
def test_country_by_name_nationality_autonym_or_code(typed: str, code: str) -> None:
    assert resolve_country(typed) == code


@pytest.mark.parametrize("typed", ["Atlantis", "XX", "Korea", "Guinean"])
def test_a_country_that_is_not_one_or_is_ambiguous_is_not_guessed(typed: str) -> None:
    assert resolve_country(typed) is None


@pytest.mark.parametrize(("typed", "code"), [
    ("Nepali", "ne"), ("ne", "ne"), ("nep", "ne"), ("Burmese", "my"), ("Bahasa Indonesia", "id"),
    ("Indonesian", "id"), ("Mandarin", "cmn"), ("Swahili", "sw"), ("Kiswahili", "sw"), ("Khmer", "km"),
    ("khm", "km"), ("नेपाली", "ne"), ("Bahasa Melayu", "ms"), ("Cantonese", "yue"), ("Tagalog", "tl"),
])
def test_language_by_name_autonym_or_code(typed: str, code: str) -> None:
    assert resolve_language(typed) == code


def test_language_names_are_the_everyday_ones_not_iso_qualifiers() -> None:
    assert language_label("ne") == "Nepali"  # ISO says "Nepali (macrolanguage)"
    assert language_label("sw") == "Swahili"
    assert language_label("cmn") == "Mandarin Chinese"


def test_names_follow_the_ui_language() -> None:
    assert country_label("DE", "id") == "Jerman"
    assert language_label("en", "id_ID") == "Inggris"
    assert resolve_country("Jerman", "id") == "DE"
    assert resolve_language("Inggris", "id") == "en"
    # English names still work under another UI language (documents are often in English)
    assert resolve_country("Germany", "id") == "DE"


def test_suggestions_rank_what_the_text_begins_first() -> None:
    assert find_countries("Ind")[:2] == ["IN", "ID"]
    assert find_languages("Nep")[0] == "ne"
    assert find_countries("burm") == ["MM"]
    assert find_languages("zzzzzz") == []


def test_validation_accepts_the_same_names_as_the_pickers() -> None:
    assert country_code("Burma") == "MM"
    assert language_code("Bahasa Indonesia") == "id"
    with pytest.raises(ValueError, match="not a country code or name"):
        country_code("Atlantis")
