"""Names of countries and languages, dates, months and numbers for reading, in the interface language
(CLDR through Babel).

What a person reads follows the UI language: "Indonesia", "ឥណ្ឌូណេស៊ី", "印度尼西亚"; "Mar 14, 2026",
"14 មីនា 2026", "2026年3月14日"; "12,345" or "12.345". Input fields keep the forms they accept (form_fields.DateField); letters
follow their own language; file names keep ISO dates so they sort.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import (
    format_date,
    format_datetime,
    format_skeleton,
    get_date_format,
    get_datetime_format,
    get_time_format,
)
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.countries import country_label
from ..domain.languages import language_label
from ..domain.models import STATELESS, UNKNOWN_NATIONALITY


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


def ui_locale() -> str:
    """The locale the app speaks (set from the UI language at start-up): names, month names, date order."""
    return QLocale().name()


@cache
def _babel(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def _locale() -> Locale:
    return _babel(ui_locale())


def country_name(code: str) -> str:
    """A country (or "stateless", "unknown") named in the interface language, from CLDR."""
    if code == STATELESS:
        return _tr("Stateless")
    if code == UNKNOWN_NATIONALITY:
        return _tr("Unknown")
    return country_label(code, ui_locale())


def language_name(code: str) -> str:
    """A language named in the interface language, from CLDR (ISO 639's English name for rare ones)."""
    return language_label(code, ui_locale())


def template_title(titles: dict[str, str], fallback: str) -> str:
    """A letter template's title in the interface language when the template has one, else in English."""
    language = ui_locale().split("_")[0]
    return titles.get(language) or titles.get("en") or fallback


def show_date(value: date | None) -> str:
    """A date for reading, in the locale's medium form; "" for no date."""
    return _date(ui_locale(), value) if value is not None else ""


@lru_cache(maxsize=4096)  # the register asks again at every repaint
def _date(locale: str, value: date) -> str:
    return format_date(value, "medium", locale=_babel(locale))


@cache
def _datetime_pattern(locale: Locale) -> str:
    """The locale's medium date with its short time ("Mar 14, 2026, 9:05 AM", "2026年3月14日 09:05")."""
    pattern = str(get_datetime_format("medium", locale=locale))
    return pattern.replace("{1}", get_date_format("medium", locale=locale).pattern) \
                  .replace("{0}", get_time_format("short", locale=locale).pattern)


def show_datetime(value: datetime) -> str:
    """A moment for reading, in this computer's time zone."""
    locale = _locale()
    return format_datetime(value.astimezone(), _datetime_pattern(locale), locale=locale)


def show_month(value: str) -> str:
    """A "YYYY-MM" month for reading ("Mar 2026", "2026年3月"); anything else as it is."""
    if not re.fullmatch(r"\d{4}-\d{2}", value):
        return value
    year, month = (int(part) for part in value.split("-"))
    return format_skeleton("yMMM", date(year, month, 1), locale=_locale())


@lru_cache(maxsize=4096)
def _number(locale: str, value: float) -> str:
    return format_decimal(value, locale=_babel(locale))


def show_number(value: float) -> str:
    """A number with the locale's grouping and decimal sign ("12,345", "12.345")."""
    return _number(ui_locale(), value)


def grouped(text: str, n: int) -> str:
    """`text` (a translated "%n …" message, where Qt wrote n without grouping) with n grouped."""
    return re.sub(rf"(?<!\d){n}(?!\d)", show_number(n), text, count=1) if abs(n) >= 1000 else text
