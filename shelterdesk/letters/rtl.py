"""Right-to-left text in letters: lines broken in reading order, then each line reordered.

reportlab's own bidi support needs `rlbidi`, which pip cannot install. Without
it a paragraph is laid out left to right, and HarfBuzz only orders the letters
inside each word. A BidiParagraph therefore lets reportlab break the text into
lines in logical (reading) order, then reorders the words of each line for
display with python-bidi (the Unicode bidi algorithm, brackets mirrored), so a
long Urdu name that wraps starts on the first line, at the right margin.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

# The pure-Python algorithm: unlike the Rust-backed bidi.get_display it mirrors
# brackets, so "(" still opens towards a right-to-left name.
from bidi.algorithm import get_base_level, get_display

from .markup import CACHE_SIZE, clean, to_markup
from .paragraph_cache import CachedParagraph

_STRONG_RTL = {"R", "AL"}
# Inside a right-to-left word: letters, their marks and joiners (ZWNJ in Persian).
_RTL_WORD_CLASSES = {"R", "AL", "NSM", "BN"}


@functools.lru_cache(maxsize=CACHE_SIZE)
def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _STRONG_RTL for ch in text)


def is_rtl_paragraph(text: str) -> bool:
    """True when the first strong character is right-to-left (Unicode rule P2)."""
    return get_base_level(text) == 1


@functools.lru_cache(maxsize=CACHE_SIZE)
def visual_line(line: str, rtl: bool) -> str:
    """One line in display order, each right-to-left word kept in reading order.

    get_display reverses right-to-left stretches character by character, but
    the letters of each word must reach HarfBuzz in reading order so it can
    join and shape them (it lays out their glyphs right to left itself). So
    words are reversed back after reordering; digits and Latin stay as placed.
    """
    shown = get_display(line, base_dir="R" if rtl else "L")
    return _RTL_WORD.sub(lambda m: m.group(0)[::-1] if has_rtl(m.group(0)) else m.group(0), shown)


_RTL_WORD = re.compile(
    "[" + "".join(
        re.escape(chr(cp)) for cp in range(0x0590, 0x0900)
        if unicodedata.bidirectional(chr(cp)) in _RTL_WORD_CLASSES
    ) + "\u200c\u200d\ufb1d-\ufdff\ufe70-\ufefe]+"
)


class BidiParagraph(CachedParagraph):
    """A Paragraph of plain text with right-to-left content (see module docstring).

    Built from plain text (not markup): `text` is broken into lines in
    reading order, and each line is then set in display order with
    `to_markup(line, bold)`. Pieces reportlab splits off across pages are
    built from those display-order lines and are not reordered again.
    """

    def __init__(self, plain: str | None, style: Any = None, bulletText: str | None = None,  # noqa: N803
                 frags: Any = None, bold: bool = False, **kwargs: Any):
        self._sd_plain = None if plain is None or frags is not None else clean(plain)
        self._sd_bold = bold
        markup = to_markup(plain, bold) if self._sd_plain is not None else plain
        super().__init__(markup, style, bulletText, frags, **kwargs)

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab's name)
        logical = super().breakLines(width)
        if self._sd_plain is None:
            return logical
        breaks = [(getattr(line, "wordCount", -1), bool(getattr(line, "lineBreak", False)))
                  for line in logical.lines]
        lines = _display_lines(self._sd_plain, breaks, is_rtl_paragraph(self._sd_plain))
        shown = CachedParagraph("<br/>".join(to_markup(line, self._sd_bold) for line in lines),
                                self.style, self.bulletText)
        result = shown.breakLines(width)
        self.frags = shown.frags
        return result


def _display_lines(text: str, breaks: list[tuple[int, bool]], rtl: bool) -> list[str]:
    """Cut `text` where reportlab broke it (words per line, hard break after it), in display order.

    If reportlab's lines do not match the words (it split a word longer than
    the line), each hard line is kept whole rather than guessing.
    """
    hard = [[w for w in line.split(" ") if w] for line in text.split("\n")]
    out: list[str] = []
    row = 0
    words = hard[0]
    for count, hard_break in breaks:
        if not 0 <= count <= len(words) or (hard_break and count != len(words)):
            return [visual_line(" ".join(words), rtl) for words in hard]
        out.append(visual_line(" ".join(words[:count]), rtl))
        words = words[count:]
        if hard_break and row + 1 < len(hard):
            row += 1
            words = hard[row]
    if words or row + 1 < len(hard) and any(hard[row + 1:]):
        return [visual_line(" ".join(words), rtl) for words in hard]
    return out
