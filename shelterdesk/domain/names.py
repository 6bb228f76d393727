"""Name folding and search tokens.

Latin (and other cased alphabets) are folded to lower case without diacritics so
`nguyen thi hoa` finds `Nguyễn Thị Hoà`. Every other script is indexed one
character per token so that any substring (`伟` in `张伟`) can be found with an
FTS5 phrase query.

The same name is typed differently on different keyboards, so search folds
both the index and the query (`fold_for_search`): Arabic, Persian and Urdu
letter variants become one letter (علي finds علی, چوهدری finds چوہدری) and
their vowel marks and tatweel are dropped; Myanmar typed in the Zawgyi font
encoding (still common on phones) is detected and converted to Unicode.
Changing these rules changes FOLDING_VERSION, so existing vaults re-index.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings
from typing import Any

# Letters that NFKD does not decompose to a base letter.
_SPECIAL_FOLDS = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


# Bump when fold_for_search changes: vaults indexed with another version re-index at open.
FOLDING_VERSION = 2

# Arabic-script letters that keyboards of different countries type differently.
_ARABIC_FOLDS = str.maketrans({
    "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ے": "ی", "ۓ": "ی", "ئ": "ی",  # yeh
    "ك": "ک", "ڪ": "ک",  # kaf
    "ہ": "ه", "ە": "ه", "ۀ": "ه", "ھ": "ه", "ة": "ه", "ۃ": "ه",  # heh, teh marbuta
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",  # alef with hamza, madda, wasla
    "ؤ": "و",
})
# Harakat, superscript alef, Quranic marks, tatweel: optional in names.
_ARABIC_OPTIONAL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_MYANMAR = re.compile("[\u1000-\u109f]")
# The detector gives a probability. Real Zawgyi names score above 0.9999 (words
# spelt alike in both encodings score about 0.5 and need no conversion); a
# lower bar let random Unicode letter strings be "converted" in the index but
# not in a query for part of them.
_ZAWGYI_LIKELY = 0.9999


def fold_for_search(text: str) -> str:
    """The spelling-independent form of `text` that search indexes and matches."""
    if _MYANMAR.search(text):
        text = zawgyi_to_unicode(text)
    return _ARABIC_OPTIONAL.sub("", text).translate(_ARABIC_FOLDS)


def zawgyi_to_unicode(text: str) -> str:
    """Burmese text typed in the Zawgyi encoding converted to Unicode; other text unchanged."""
    if _zawgyi_detector().get_zawgyi_probability(text) < _ZAWGYI_LIKELY:
        return text
    from myanmar import converter

    return unicodedata.normalize("NFC", converter.convert(text, "zawgyi", "unicode"))


@functools.cache
def _zawgyi_detector() -> Any:  # myanmartools has no type hints
    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():  # it loads its model with a deprecated importlib call
        warnings.simplefilter("ignore", DeprecationWarning)
        return ZawgyiDetector()


def _is_word_script(ch: str) -> bool:
    """True for letters of alphabets written with spaces between words (Latin, Greek, Cyrillic)."""
    if not ch.isalpha():
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("LATIN", "GREEK", "CYRILLIC"))


def fold_latin(text: str) -> str:
    """Lower-case, strip diacritics; keeps non-Latin characters as they are (NFC)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SPECIAL_FOLDS)
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) and out and _is_word_script(out[-1]):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def search_tokens(text: str) -> list[tuple[str, bool]]:
    """Split text into (token, is_single_char) pairs.

    Word-script runs become whole folded words; characters of other scripts
    (and their combining marks) become one token each.
    """
    folded = fold_latin(fold_for_search(text))
    tokens: list[tuple[str, bool]] = []
    word: list[str] = []

    def flush() -> None:
        if word:
            tokens.append(("".join(word), False))
            word.clear()

    for ch in folded:
        cat = unicodedata.category(ch)
        if _is_word_script(ch) or (cat[0] == "N" and ch.isascii()):
            word.append(ch)
        elif cat[0] in "LMN":
            flush()
            tokens.append((ch, True))
        else:
            flush()
    flush()
    return tokens


def index_text(*parts: str) -> str:
    """The text stored in the FTS index for the given name parts."""
    return " ".join(tok for part in parts if part for tok, _ in search_tokens(part))


def query_terms(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """What a person typed as search terms, each (tokens, is_prefix), all of which must match.

    Words match as prefixes; consecutive single-character tokens must be adjacent
    (a phrase), which gives substring search for CJK, Khmer, Thai, Arabic, etc.
    """
    terms: list[tuple[tuple[str, ...], bool]] = []
    run: list[str] = []
    for tok, single in search_tokens(text):
        if single:
            run.append(tok)
            continue
        if run:
            terms.append((tuple(run), False))
            run = []
        terms.append(((tok,), True))
    if run:
        terms.append((tuple(run), False))
    return terms


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed (query_terms), or None if nothing searchable."""
    parts = []
    for tokens, prefix in query_terms(text):
        quoted = " ".join(tok.replace('"', '""') for tok in tokens)
        parts.append(f'"{quoted}"*' if prefix else f'"{quoted}"')
    return " AND ".join(parts) if parts else None


def normalise_document_number(number: str) -> str:
    """Passport numbers compared without spaces, dashes or case."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", number).upper() if ch.isalnum())
