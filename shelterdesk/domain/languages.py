"""Languages by what a person types: CLDR names in the UI language and English,
ISO 639 names and codes (ne, nep), autonyms ("नेपाली", "Kiswahili"), and the
Indonesian/Malay way of naming a language ("Bahasa Indonesia").

Codes are ISO 639-1 where one exists, else ISO 639-3. Names come from Babel's
CLDR data and pycountry; nothing is a hand list.
"""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError, localedata

from .name_matching import NameIndex, fold

# "Bahasa" (Indonesian, Malay) and "language" in front of or after a name mean "the language".
_LANGUAGE_WORDS = ("bahasa ", " language")


def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def iso_language(code: str) -> str | None:
    """The ISO 639 code the app stores for `code` (alpha-2 where one exists), or None."""
    code = code.strip().lower()
    found = None
    if len(code) == 2:
        found = pycountry.languages.get(alpha_2=code)
    elif len(code) == 3:
        found = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
    if found is None:
        return None
    return getattr(found, "alpha_2", None) or found.alpha_3


@cache
def language_index(locale: str = "en") -> NameIndex:
    """The languages CLDR names (and every ISO 639-1 language), labelled in `locale`."""
    shown = _locale(locale)
    english = Locale("en")
    codes = {iso_language(str(code)) for code in english.languages if "_" not in str(code)}
    codes |= {lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    index = NameIndex()
    for code in sorted(c for c in codes if c):
        iso = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
        iso_names = [iso.name, iso.alpha_3, getattr(iso, "bibliographic", "")] if iso else []
        label = shown.languages.get(code) or english.languages.get(code) or (iso_names or [code])[0]
        index.add(code, label, [english.languages.get(code, ""), *iso_names])
    return index


@cache
def _autonym_index() -> NameIndex:
    """Languages by their own name ("नेपाली", "ខ្មែរ"); built only when needed (it reads 300 locales)."""
    index = NameIndex()
    for code in localedata.locale_identifiers():
        if "_" in code or iso_language(code) is None:
            continue
        try:
            name = Locale.parse(code).languages.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if name:
            index.add(iso_language(code) or code, name)
    return index


def _without_language_word(text: str) -> str:
    key = fold(text)
    for word in _LANGUAGE_WORDS:
        key = key.removeprefix(word) if word.endswith(" ") else key.removesuffix(word)
    return key


def _iso_by_words(text: str) -> list[str]:
    """Every ISO 639-3 language with a word of its name starting with `text` ("Mandarin")."""
    key = fold(text)
    if len(key) < 3:
        return []
    return [getattr(lang, "alpha_2", None) or lang.alpha_3 for lang in pycountry.languages
            if any(word.startswith(key) for word in fold(lang.name).split())]


def language_label(code: str, locale: str = "en") -> str:
    """The name of a language in `locale` (ISO's English name for rarer ones, else the code)."""
    label = language_index(locale).label(code)
    if label:
        return label
    iso = pycountry.languages.get(alpha_3=code) if len(code) == 3 else None
    return iso.name if iso else code


# How a language names itself in a menu of languages: Indonesian says "Bahasa Indonesia" and
# Khmer "ភាសាខ្មែរ" (the word "language" before CLDR's bare name).
_SELF_NAMING = {"id": "Bahasa {}", "km": "ភាសា{}"}


def autonym(code: str) -> str:
    """A UI language in its own name from CLDR ("Tiếng Việt", "简体中文" for zh_CN)."""
    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return code
    if locale.script:  # zh_CN is zh_Hans_CN: CLDR names the script variant ("简体中文")
        name = locale.languages.get(f"{locale.language}_{locale.script}") or locale.display_name
    else:
        name = locale.languages.get(locale.language) or locale.display_name
    return _SELF_NAMING.get(locale.language, "{}").format(name) if name else code


def language_choices(locale: str = "en") -> dict[str, str]:
    """Code -> name of the common languages in `locale`, sorted by name."""
    return language_index(locale).labels()


def find_languages(text: str, locale: str = "en", limit: int = 20) -> list[str]:
    """Codes of the languages `text` may mean, best first (for suggestions as a person types)."""
    key = _without_language_word(text)
    index = language_index(locale)
    return (index.find(key, limit) or _autonym_index().find(key, limit) or _iso_by_words(key))[:limit]


def resolve_language(text: str, locale: str = "en") -> str | None:
    """The one language `text` names (its ISO 639 code), or None."""
    text = text.strip()
    if not text:
        return None
    code = iso_language(text) if len(text) <= 3 else None
    if code:
        return code
    key = _without_language_word(text)
    found = language_index(locale).exact(key) or language_index("en").exact(key) or _autonym_index().exact(key)
    if found:
        return found
    by_words = _iso_by_words(key)
    return by_words[0] if len(by_words) == 1 else None
