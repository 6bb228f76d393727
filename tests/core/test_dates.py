"""Dates typed the way people write them, read the same way in every form and the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from shelterdesk.domain.dates import format_user_date, parse_user_date

MARCH_14 = date(1996, 3, 14)


@pytest.mark.parametrize("text", ["14/03/1996", "14.03.1996", "1996-03-14", "14 Mar 1996", "14 March 1996",
                                  "Mar 14, 1996", "14-3-1996", " 14 / 3 / 1996 "])
@pytest.mark.parametrize("locale", ["en_GB", "en_US", "id_ID"])
def test_the_usual_forms_of_a_date(text: str, locale: str) -> None:
    assert parse_user_date(text, locale) == MARCH_14


def test_month_names_in_the_ui_language() -> None:
    assert parse_user_date("14 Maret 1996", "id") == MARCH_14
    assert parse_user_date("14 Sept 1996", "en") == date(1996, 9, 14)


def test_an_all_number_date_follows_the_locale_order_when_both_readings_exist() -> None:
    assert parse_user_date("03/04/1996", "en_GB") == date(1996, 4, 3)
    assert parse_user_date("03/04/1996", "id") == date(1996, 4, 3)
    assert parse_user_date("03/04/1996", "en_US") == date(1996, 3, 4)


@pytest.mark.parametrize(("text", "problem"), [
    ("31/02/1996", "not a date in the calendar"), ("14/03/96", "four-digit year"),
    ("yesterday", "not a date"), ("2026-13-01", "not a date in the calendar"), ("03/1996", "not a whole date"),
])
def test_what_is_not_a_whole_date_is_refused_with_the_reason(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_user_date(text, "en")


@pytest.mark.parametrize("locale", ["en", "en_GB", "id", "zh", "th", "vi", "km", "my", "ar", "ne"])
def test_a_date_shown_in_a_form_reads_back_as_itself(locale: str) -> None:
    for day in (date(1996, 12, 4), date(2026, 1, 31), MARCH_14):
        assert parse_user_date(format_user_date(day, locale), locale) == day


def test_chinese_dates_are_written_and_read_the_chinese_way() -> None:
    assert format_user_date(MARCH_14, "zh_CN") == "1996年3月14日"  # not "14 3月 1996"
    for text in ("1996年3月14日", "1996年03月14日", "14 3月 1996"):
        assert parse_user_date(text, "zh_CN") == MARCH_14
