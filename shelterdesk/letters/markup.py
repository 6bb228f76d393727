"""Turn plain text into safe reportlab Paragraph markup, one <font> per script run.

All text that reaches a Paragraph goes through `to_markup`, user text and
template wording alike: it is escaped first, so `<b>` or `&amp;` in a name
prints literally, and each run of a script is wrapped in the font that has its
glyphs. Text stays in reading order: right-to-left lines are reordered
for display by rtl.BidiParagraph after reportlab has broken them.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Mapping
from html import escape

from .fonts import BASE, face_for, pdf_font

# C0/C1 controls other than tab and newline would break reportlab's XML parser.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """NFC-normalise and drop control characters (kept: tab, newline)."""
    return _CONTROLS.sub("", unicodedata.normalize("NFC", text)).replace("\t", " ")


# Bounded caches: the same wording and names recur in every letter of a batch.
CACHE_SIZE = 4096


@functools.lru_cache(maxsize=CACHE_SIZE)
def runs(text: str) -> tuple[tuple[str, str], ...]:
    """Split text into (face key, text) runs by script."""
    out: list[tuple[str, str]] = []
    current = BASE
    buf: list[str] = []
    for ch in text:
        key = face_for(ch, current)
        if key != current and buf:
            out.append((current, "".join(buf)))
            buf = []
        current = key
        buf.append(ch)
    if buf:
        out.append((current, "".join(buf)))
    return tuple(out)


@functools.lru_cache(maxsize=CACHE_SIZE)
def to_markup(text: str, bold: bool = False) -> str:
    """Escape `text` and wrap each script run in its font. Newlines become <br/>."""
    lines = clean(text).split("\n")
    return "<br/>".join(_line_markup(line, bold) for line in lines)


def _line_markup(line: str, bold: bool) -> str:
    parts = []
    for key, run in runs(line):
        parts.append(f'<font name="{pdf_font(key, bold)}">{escape(run, quote=False)}</font>')
    return "".join(parts)


def fill(template: str, values: Mapping[str, str], bold: bool = False) -> str:
    """Fill `{placeholders}` of trusted wording with user values, all escaped.

    Literal wording and values are converted separately, so a value can never
    inject markup or a new placeholder.
    """
    parts = []
    for literal, field, spec, conv in string.Formatter().parse(template):
        if literal:
            parts.append(to_markup(literal, bold))
        if field is not None:
            if spec or conv:
                raise KeyError(f"placeholder {{{field}}} must not carry a format spec")
            parts.append(to_markup(values[field], bold))
    return "".join(parts)


def fill_plain(template: str, values: Mapping[str, str]) -> str:
    """`template` with its {placeholders} replaced by the values, as plain text."""
    return "".join(literal + (values[field] if field is not None else "")
                   for literal, field, _, _ in string.Formatter().parse(template))


def placeholders(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
