"""Referral letters: a pure rendering layer (plain data in, PDF bytes out).

No Qt, no vault: the services layer builds a LetterContent (already filtered
by consent), calls `missing_glyphs` to warn the user, then `render_letter`,
and stores and records the result itself.
"""

from __future__ import annotations

from .content import (
    Addressee,
    ConsentStatement,
    Contact,
    DisclosedField,
    LetterContent,
    LetterError,
    NeedLine,
    ShelterProfile,
)
from .fonts import missing_glyphs
from .render import clear_caches, render_letter, render_letters
from .templates import TemplateInfo, field_keys, label, list_templates, term, term_keys

# Valid DisclosedField keys (the [field] tables of resources/letters/labels.toml).
FIELD_KEYS: tuple[str, ...] = field_keys()
# Valid DisclosedField.terms and NeedLine keys (the [term] tables).
TERM_KEYS: tuple[str, ...] = term_keys()


def field_label(key: str, language: str = "en") -> str:
    """The printed label of a field key in a language, e.g. "Passport number"."""
    if key not in FIELD_KEYS:
        raise LetterError(f"unknown field key {key!r}")
    return label(key, language)


__all__ = [
    "FIELD_KEYS",
    "TERM_KEYS",
    "Addressee",
    "ConsentStatement",
    "Contact",
    "DisclosedField",
    "LetterContent",
    "LetterError",
    "NeedLine",
    "ShelterProfile",
    "TemplateInfo",
    "clear_caches",
    "field_label",
    "list_templates",
    "missing_glyphs",
    "render_letter",
    "render_letters",
    "term",
]
