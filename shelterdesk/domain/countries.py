"""Countries by what a person types: CLDR names in the UI language, English and
ISO names, autonyms ("Việt Nam", "ประเทศไทย"), codes (ID, IDN), and nationality
words ("Indonesian", "Nepali", "Burmese", "Khmer").

Names come from Babel's CLDR data and pycountry (ISO 3166); nothing is a hand list.
"""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

from .models import STATELESS, UNKNOWN_NATIONALITY
from .name_matching import NameIndex, fold

# Endings that turn a country's name into its people's ("Nepal-i", "Indonesia-n", "Vietnam-ese").
_NATIONALITY_ENDINGS = ("i", "n", "an", "ian", "ean", "ese", "ish", "ic")


def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


@cache
def _locale_names(locale: str) -> tuple[dict[str, str], dict[str, str]]:
    """(territory names, language names) of a locale, empty when Babel has no such locale."""
    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return {}, {}
    return dict(parsed.territories), dict(parsed.languages)


def _single_country_languages() -> dict[str, str]:
    """Languages official in exactly one country: their name also names its people ("Khmer")."""
    seen: dict[str, list[str]] = {}
    for country in pycountry.countries:
        for language in get_official_languages(country.alpha_2):
            seen.setdefault(language, []).append(country.alpha_2)
    return {language: codes[0] for language, codes in seen.items() if len(codes) == 1}


@cache
def country_index(locale: str = "en") -> NameIndex:
    """Every ISO 3166 country, labelled in `locale`, found by all its names."""
    shown = _locale(locale)
    english = Locale("en")
    index = NameIndex()
    index.add(STATELESS, "Stateless")
    index.add(UNKNOWN_NATIONALITY, "Unknown")
    countries = list(pycountry.countries)
    for c in countries:
        label = shown.territories.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        names = [c.alpha_3, english.territories.get(c.alpha_2, ""), c.name,
                 getattr(c, "common_name", ""), getattr(c, "official_name", "")]
        index.add(c.alpha_2, label, names)
    for language, code in _single_country_languages().items():
        index.add_names(code, [shown.languages.get(language, ""), english.languages.get(language, "")])
    return index


@cache
def _autonym_index() -> NameIndex:
    """Countries by their names in their own official languages ("Việt Nam", "ไทย").

    Built only when a typed name is not found otherwise: it reads about 150 locales (0.5 s).
    """
    index = NameIndex()
    for c in pycountry.countries:
        for language in get_official_languages(c.alpha_2):
            name = _locale_names(language)[0].get(c.alpha_2)
            if name:
                index.add(c.alpha_2, name)
    return index


def country_label(code: str, locale: str = "en") -> str:
    """The name of a country in `locale` (the code itself if it is not a country)."""
    return country_index(locale).label(code) or code


def country_choices(locale: str = "en") -> dict[str, str]:
    """Code -> name of every country in `locale`, sorted by name."""
    labels = country_index(locale).labels()
    for code in (STATELESS, UNKNOWN_NATIONALITY):
        labels.pop(code)
    return labels


def _by_nationality_word(index: NameIndex, text: str) -> str | None:
    """"Nepali" -> Nepal: drop an ending; the rest must begin the name of exactly one country."""
    key = fold(text)
    for ending in sorted(_NATIONALITY_ENDINGS, key=len):
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) >= 3:
            found = [code for code in index.find(stem, limit=3) if fold(index.label(code) or "").startswith(stem)
                     or index.exact(stem) == code]
            if len(found) == 1:
                return found[0]
    return None


def find_countries(text: str, locale: str = "en", limit: int = 20) -> list[str]:
    """Codes of the countries `text` may mean, best first (for suggestions as a person types)."""
    index = country_index(locale)
    found = index.find(text, limit) or _autonym_index().find(text, limit)
    by_word = _by_nationality_word(index, text)
    if by_word and by_word not in found:
        found.insert(0, by_word)
    return found[:limit]


def resolve_country(text: str, locale: str = "en") -> str | None:
    """The one country `text` names (an ISO alpha-2 code, or stateless/unknown), or None."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 2 and pycountry.countries.get(alpha_2=text.upper()):
        return text.upper()
    index = country_index(locale)
    found = index.exact(text)
    if found is None and locale != "en":
        found = country_index("en").exact(text)
    return found or _by_nationality_word(index, text) or _autonym_index().exact(text)
