"""Paragraphs whose parsing and line breaking are remembered across letters.

Most of a letter is the same in every letter of a batch: template wording,
labels, headings, the shelter's letterhead, the footer. reportlab would parse
the markup, shape every word with HarfBuzz and break the lines again for each
copy, and tables wrap their cells more than once. A CachedParagraph looks the
result up by (markup, style, widths) instead.

The caches are bounded LRU maps held only in memory; `clear()` empties them
(through `letters.clear_caches()`, for when the vault locks: the cached text
can include names).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from .lru import Lru

# Entries, not bytes: a paragraph's parse or line set is a few kilobytes.
MAX_ENTRIES = 3000


_PARSED = Lru(MAX_ENTRIES)
_LINES = Lru(MAX_ENTRIES)
_PARSE_STATE = ("text", "frags", "style", "bulletText", "caseSensitive", "encoding", "debug")


class CachedParagraph(Paragraph):
    """A reportlab Paragraph that reuses the parse and line breaks of an equal one.

    Equal means the same markup, the same style object (styles are themselves
    cached, so equal styles are the same object) and bullet, and for line
    breaks the same widths. The pieces reportlab keeps for drawing and page
    splitting are read-only after breaking, so they can be shared; each
    paragraph gets its own list of them. Paragraphs that reportlab creates when
    it splits one across pages are built from pieces and are not cached.
    """

    # Set by reportlab's Paragraph (untyped); declared so the cache's reads type-check.
    frags: list[Any]
    _width_max: Any
    _splitLongWordCount: int
    _hyphenations: int

    def __init__(self, text: str | None, style: Any = None, bulletText: str | None = None,  # noqa: N803
                 frags: Any = None, caseSensitive: int = 1, encoding: str = "utf8"):  # noqa: N803
        self._sd_key: tuple | None = None
        if frags is not None or text is None:
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            return
        key = (text, style, bulletText)
        state = _PARSED.get(key)
        if state is None:
            super().__init__(text, style, bulletText, None, caseSensitive, encoding)
            _PARSED.put(key, tuple(getattr(self, name) for name in _PARSE_STATE))
        else:
            for name, value in zip(_PARSE_STATE, state, strict=True):
                setattr(self, name, value)
            self.frags = list(self.frags)
        self._sd_key = key

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab's name)
        if self._sd_key is None:
            return super().breakLines(width)
        key = (self._sd_key, tuple(width) if isinstance(width, list) else width)
        hit = _LINES.get(key)
        if hit is None:
            lines = super().breakLines(width)
            # reportlab narrows the first width for a bullet, in place.
            widths = list(width) if isinstance(width, list) else width
            _LINES.put(key, (lines, self.frags, self._width_max, self._splitLongWordCount,
                             self._hyphenations, widths))
            return lines
        lines, frags, self._width_max, self._splitLongWordCount, self._hyphenations, widths = hit
        if isinstance(width, list):
            width[:] = widths
        self.frags = list(frags)
        self.height = 0
        return lines


def clear() -> None:
    """Forget every cached paragraph (their text can be survivor data)."""
    _PARSED.clear()
    _LINES.clear()
