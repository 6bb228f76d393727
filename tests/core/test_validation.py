"""Field validation: dates, ISO codes, document numbers, phone numbers."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from shelterdesk.domain.errors import ValidationError
from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.domain.validation import (
    check_document_number,
    country_code,
    language_code,
    normalise_phone,
    parse_date,
    validate_survivor,
)

TODAY = date(2026, 11, 25)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_iso_date_parses_back(d: date) -> None:
    assert parse_date(d.isoformat()) == d


@pytest.mark.parametrize("text", ["2026-13-01", "2026-02-30", "25/11/2026", "yesterday", ""])
def test_bad_dates_say_how_to_write_one(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date(text)


@given(st.sampled_from(list(pycountry.countries)))
def test_every_country_by_alpha2_alpha3_any_case(country) -> None:
    assert country_code(country.alpha_2.lower()) == country.alpha_2
    assert country_code(country.alpha_3) == country.alpha_2


@pytest.mark.parametrize("text", ["XX", "QQQ", "Atlantis", "12"])
def test_unknown_country_codes_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a country code or name"):
        country_code(text)


def test_stateless_and_unknown_are_nationalities() -> None:
    assert country_code("Stateless") == "stateless"
    assert country_code("UNKNOWN") == "unknown"


def test_language_codes() -> None:
    assert language_code("km") == "km"
    assert language_code("khm") == "km"
    assert language_code("Bengali") == "bn"
    with pytest.raises(ValueError, match="not a language code or name"):
        language_code("zz")


@given(st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=3, max_size=24))
def test_alphanumeric_document_numbers_are_accepted(number: str) -> None:
    assert check_document_number(f" {number} ") == number


@pytest.mark.parametrize("number", ["AB", "-1234567", "A1234567890123456789012345", "C12345;67", "张伟123"])
def test_malformed_document_numbers_are_refused(number: str) -> None:
    with pytest.raises(ValueError, match="3 to 24"):
        check_document_number(number)


def test_phone_numbers_are_normalised_or_refused() -> None:
    assert normalise_phone("012 345 678") == "+85512345678"
    assert normalise_phone("+62 812-3456-7890") == "+6281234567890"
    with pytest.raises(ValueError, match="not a phone number"):
        normalise_phone("call me")
    with pytest.raises(ValueError, match="wrong number of digits"):
        normalise_phone("+855 12 345 678 901 234")


def test_intake_needs_a_latin_name_and_a_nationality_and_lists_every_problem() -> None:
    s = Survivor(native_name="张伟", date_of_birth=date(2030, 1, 1),
                 documents=[IdentityDocument(number="!!", issuing_country="XX")])
    with pytest.raises(ValidationError) as e:
        validate_survivor(s, TODAY)
    assert set(e.value.errors) == {"family_name", "nationalities", "date_of_birth", "documents[0].number",
                                   "documents[0].issuing_country"}
    ok = validate_survivor(Survivor(given_names=" Budi ", nationalities=["idn", "ID"]), TODAY)
    assert ok.given_names == "Budi" and ok.nationalities == ["ID"]
