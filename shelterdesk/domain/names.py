"""Name folding and search tokens.

Latin (and other cased alphabets) are folded to lower case without diacritics so
`nguyen thi hoa` finds `Nguyễn Thị Hoà`. Every other script is indexed one
character per token so that any substring (`伟` in `张伟`) can be found with an
FTS5 phrase query.
"""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose to a base letter.
_SPECIAL_FOLDS = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


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
    folded = fold_latin(text)
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


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None if nothing searchable.

    Words match as prefixes; consecutive single-character tokens must be adjacent
    (a phrase), which gives substring search for CJK, Khmer, Thai, Arabic, etc.
    """
    terms: list[str] = []
    run: list[str] = []

    def flush_run() -> None:
        if run:
            terms.append('"' + " ".join(run) + '"')
            run.clear()

    for tok, single in search_tokens(text):
        quoted = tok.replace('"', '""')
        if single:
            run.append(quoted)
        else:
            flush_run()
            terms.append(f'"{quoted}"*')
    flush_run()
    return " AND ".join(terms) if terms else None


def normalise_document_number(number: str) -> str:
    """Passport numbers compared without spaces, dashes or case."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", number).upper() if ch.isalnum())
