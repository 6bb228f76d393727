"""Dates as people write them: 14/03/1996, 14.03.1996, 1996-03-14, 14 Mar 1996, 14 Maret 1996.

Month names and the day/month order of all-number dates come from the
locale's CLDR data (Babel). A year is always written with four digits: with
two, a date of birth could be a century off.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, get_date_format, get_month_names

from .messages import msg
from .name_matching import fold

_NUMBER = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]")
# The form a date is shown in: a month name leaves no doubt about which number is the day.
DISPLAY_PATTERN = "d MMM y"


def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


@cache
def _month_names(locale: str) -> list[tuple[str, int]]:
    """(folded month name, month) in the locale and in English, longest first."""
    names: dict[str, int] = {}
    for loc in (_locale(locale), Locale("en")):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, loc).items():
                    names.setdefault(fold(name).rstrip("."), number)
    return sorted(names.items(), key=lambda item: -len(item[0]))


@cache
def day_first(locale: str) -> bool:
    """Whether the locale writes the day before the month in all-number dates (14/03 or 03/14)."""
    pattern = get_date_format("short", locale=_locale(locale)).pattern
    return pattern.find("d") < pattern.find("M")


def parse_user_date(text: str, locale: str = "en") -> date:
    """The date `text` means in `locale`; ValueError if it is not a whole date with a four-digit year."""
    folded = fold(text)
    month: int | None = None
    for name, number in _month_names(locale):
        at = folded.find(name)
        if name and at >= 0:
            end = at + len(name)
            while end < len(folded) and _LETTERS.match(folded[end]):  # "Sept" reads as "Sep"
                end += 1
            month, folded = number, f"{folded[:at]} {folded[end:]}"
            break
    if _LETTERS.search(folded):
        raise ValueError(msg("Validation", "“{text}” is not a date.", text=text))
    numbers = [(int(n), len(n)) for n in _NUMBER.findall(folded)]
    if not any(digits == 4 for _, digits in numbers):
        raise ValueError(msg("Validation", "“{text}” has no four-digit year.", text=text))
    if month is not None:
        if len(numbers) != 2:
            raise ValueError(msg("Validation", "“{text}” is not a whole date.", text=text))
        (a, a_digits), (b, _) = numbers
        year, day = (a, b) if a_digits == 4 else (b, a)
    elif len(numbers) == 3:
        (first, first_digits), (second, _), (third, _) = numbers
        if first_digits == 4:
            year, month, day = first, second, third
        else:
            day, month, year = (first, second, third) if day_first(locale) else (second, first, third)
            if month > 12 >= day:  # 14/03/1996 can only mean one thing, whatever the locale's order
                day, month = month, day
    else:
        raise ValueError(msg("Validation", "“{text}” is not a whole date.", text=text))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(msg("Validation", "“{text}” is not a date in the calendar.", text=text)) from None


def format_user_date(value: date, locale: str = "en") -> str:
    """A date as shown in a form ("14 Mar 1996"); `parse_user_date` reads it back."""
    return format_date(value, DISPLAY_PATTERN, locale=_locale(locale))
