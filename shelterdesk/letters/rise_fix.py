"""Correct reportlab's text rise after shaped marks (reportlab 5.1, uharfbuzz).

HarfBuzz moves Khmer subscripts and some vowels up or down (a y offset).
reportlab draws each such glyph with its own `Ts` (text rise) and sets the
rise back afterwards. When two offset glyphs follow each other, its
`PDFTextObject.setRise` rewrites the previous `Ts` in place (to save a few
bytes) but forgets to record the new rise. It then believes the rise is 0,
never resets it, and every glyph after it - the rest of the word, the next
words of the line - is drawn too low. See docs/LETTERS.md for a reproduction
to send upstream.
"""

from __future__ import annotations

import functools


@functools.cache
def install_rise_fix() -> None:
    """Replace PDFTextObject.setRise with one that always records the rise it writes."""
    from reportlab.pdfgen import textobject
    from reportlab.pdfgen.textobject import PDFTextObject

    fp_str = textobject.fp_str

    def set_rise(self: PDFTextObject, rise: float) -> None:
        code = self._code
        if code and code[-1].endswith(" Ts"):
            # The previous rise was never used by a text show: overwrite it.
            self._y += self._rise
            code[-1] = f"{fp_str(rise)} Ts"
        else:
            code.append(f"{fp_str(rise)} Ts")
        self._rise = rise
        self._y -= rise

    set_rise.__doc__ = PDFTextObject.setRise.__doc__
    PDFTextObject.setRise = set_rise  # type: ignore[method-assign]
