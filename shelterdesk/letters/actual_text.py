"""Copyable text for shaped words: marked content carrying /ActualText.

After shaping, a PDF knows glyphs, not letters. reportlab maps each glyph back
to one character: a Khmer subscript or an Indic conjunct becomes a
private-use code, an Arabic letter its presentation form, and Myanmar comes
out in drawing order (a vowel drawn before its consonant comes first). So
copying a name out of a letter, or searching for it, failed. Each shaped word
whose glyphs do not read back as its text is therefore wrapped in
`/Span <</ActualText (...)>> BDC ... EMC`, which PDF readers (poppler's
pdftotext, Acrobat, browsers) use instead of the glyphs' characters.

The original text travels with the glyphs in reportlab's per-glyph shaping
data (a marked first entry), because reportlab joins the shaped pieces of
neighbouring words into one string before drawing them.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any


def mark(shaped: Any, text: str) -> Any:
    """`shaped` (a reportlab ShapedStr of one word) remembering that it stands for `text`."""
    from reportlab.pdfbase.ttfonts import ShapedStr

    data = shaped.__shapeData__
    if not data or (str(shaped) == text and not any(unicodedata.category(ch) == "Mn" for ch in text)):
        return shaped  # the glyphs read back as the text
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return shaped  # readers reorder right-to-left glyphs themselves: see to_unicode.py
    first = _marked_type()(*data[0])
    first.actual = text
    first.length = len(data)
    return ShapedStr(str(shaped), shapeData=[first, *data[1:]])


@functools.cache
def _marked_type() -> type:
    from reportlab.pdfbase.ttfonts import ShapeData

    class Marked(ShapeData):  # type: ignore[misc, valid-type]
        """First glyph of a word, with the word's text (`actual`) and glyph count (`length`)."""

    return Marked


def _pdf_text_string(text: str) -> str:
    """A PDF text string in UTF-16BE with a byte-order mark, as a hex string."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@functools.cache
def install_actual_text() -> None:
    """Wrap reportlab's text formatting so marked words get their /ActualText span."""
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.pdfgen.textobject import PDFTextObject

    original = PDFTextObject._formatText
    marked = _marked_type()

    def format_text(self: PDFTextObject, text: Any) -> str:
        if not isinstance(text, ShapedStr):
            return original(self, text)
        data = text.__shapeData__
        starts = [i for i, sd in enumerate(data) if type(sd) is marked]
        if not starts:
            return original(self, text)
        out: list[str] = []
        done = 0
        for start in starts:
            sd = data[start]
            end = min(start + sd.length, len(text))
            if start > done:
                out.append(original(self, text[done:start]))
            span = original(self, text[start:end])
            out.append(f"/Span <</ActualText {_pdf_text_string(sd.actual)}>> BDC {span} EMC")
            done = end
        if done < len(text):
            out.append(original(self, text[done:]))
        return " ".join(out)

    PDFTextObject._formatText = format_text  # type: ignore[method-assign]
