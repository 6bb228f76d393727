"""Referral letters: a pure rendering layer (plain data in, PDF bytes out).

No Qt, no vault: the services layer builds a LetterContent (already filtered
by consent), calls `missing_glyphs` to warn the user, then `render_letter`,
and stores and records the result itself.

The renderer (reportlab) loads on the first `render_letter`/`render_letters`,
not on import: the app's unlock screen must not wait for it.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

from .content import (
    Addressee,
    ConsentStatement,
    Contact,
    DisclosedField,
    LetterContent,
    LetterError,
    LetterFault,
    NeedLine,
    ShelterProfile,
)
from .fonts import missing_glyphs
from .templates import TemplateInfo, field_keys, label, list_templates, term, term_keys

# Valid DisclosedField keys (the [field] tables of resources/letters/labels.toml).
FIELD_KEYS: tuple[str, ...] = field_keys()
# Valid DisclosedField.terms and NeedLine keys (the [term] tables).
TERM_KEYS: tuple[str, ...] = term_keys()


def field_label(key: str, language: str = "en") -> str:
    """The printed label of a field key in a language, e.g. "Passport number"."""
    if key not in FIELD_KEYS:
        raise LetterFault(f"unknown field key {key!r}")
    return label(key, language)


if TYPE_CHECKING:
    from .render import render_letter, render_letters


def __getattr__(name: str) -> object:
    if name in ("render_letter", "render_letters"):
        return getattr(importlib.import_module(f"{__name__}.render"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def clear_caches() -> None:
    """Forget the names the renderer has cached; nothing to forget if no letter was rendered."""
    render = sys.modules.get(f"{__name__}.render")
    if render is not None:
        render.clear_caches()


__all__ = [
    "FIELD_KEYS",
    "TERM_KEYS",
    "Addressee",
    "ConsentStatement",
    "Contact",
    "DisclosedField",
    "LetterContent",
    "LetterError",
    "LetterFault",
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
