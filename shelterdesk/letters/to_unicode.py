"""ToUnicode maps that give shaped Arabic glyphs back their letters.

Arabic words are drawn as joining forms (initial, medial, final, lam-alef).
reportlab's ToUnicode map gives each glyph the first character the font maps
to it - a presentation form such as U+FEE3 - or a private-use code when no
character maps to it, so a copied name was not the name that was typed.
Readers reorder right-to-left text themselves from the glyphs' characters,
so (unlike /ActualText, which poppler then reverses) the fix belongs in the
map: each glyph gets the letters it was made from, found by following the
font's substitutions (GSUB) from the letters its cmap gives it.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

# Arabic Presentation Forms-A and -B: read as the letters they are forms of.
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))



def _presentation(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _PRESENTATION)


_TEXT_BY_FACE: dict[str, dict[int, str]] = {}  # PDF face name -> code -> text


@functools.lru_cache(maxsize=4)
def glyph_texts(path: Path) -> dict[str, str]:
    """Glyph name -> the text it stands for, from the cmap and the GSUB substitutions."""
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:  # closed: an open font file would outlive the cache's use
        texts: dict[str, str] = {}
        cmap = sorted(font.getBestCmap().items())
        for cp, glyph in cmap:  # ordinary letters first, then the forms
            if not _presentation(cp):
                texts.setdefault(glyph, chr(cp))
        for cp, glyph in cmap:
            if _presentation(cp):
                texts.setdefault(glyph, unicodedata.normalize("NFKC", chr(cp)))
        subtables = []
        if "GSUB" in font:
            for lookup in font["GSUB"].table.LookupList.Lookup:
                for sub in lookup.SubTable:
                    subtables.append(sub.ExtSubTable if lookup.LookupType == 7 else sub)
        changed = True
        while changed:  # substitutions chain: follow them until nothing new is learnt
            changed = False
            for sub in subtables:
                for out, text in _produced(sub, texts):
                    if out not in texts and text:
                        texts[out] = text
                        changed = True
    return texts


def _produced(sub: object, texts: dict[str, str]) -> list[tuple[str, str]]:
    """(output glyph, its text) for one GSUB subtable, from the inputs' known texts."""
    kind = getattr(sub, "LookupType", None)
    out: list[tuple[str, str]] = []
    if kind == 1:  # single
        out += [(b, texts.get(a, "")) for a, b in sub.mapping.items()]  # type: ignore[attr-defined]
    elif kind == 2:  # one glyph to several: the first carries the text
        out += [(bs[0], texts.get(a, "")) for a, bs in sub.mapping.items() if bs]  # type: ignore[attr-defined]
    elif kind == 3:  # alternates
        out += [(b, texts.get(a, "")) for a, bs in sub.alternates.items() for b in bs]  # type: ignore[attr-defined]
    elif kind == 4:  # ligature: the letters of every component
        for first, ligatures in sub.ligatures.items():  # type: ignore[attr-defined]
            for lig in ligatures:
                parts = [texts.get(g, "") for g in (first, *lig.Component)]
                if all(parts):
                    out.append((lig.LigGlyph, "".join(parts)))
    return out


def register(font: object, path: Path) -> None:
    """Use the letters of each glyph in the ToUnicode maps of this reportlab TTFont."""
    face = font.face  # type: ignore[attr-defined]
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as glyphs:
        order = glyphs.getGlyphOrder()
    texts = glyph_texts(path)
    by_code: dict[int, str] = {}
    for code, gid in face.charToGlyph.items():
        text = texts.get(order[gid]) if gid < len(order) else None
        if text and text != chr(code):
            by_code[code] = text
    _TEXT_BY_FACE[face.name.decode("latin-1")] = by_code
    _install()


@functools.cache
def _install() -> None:
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def make_cmap(fontname: str, subset: list[int]) -> str:
        by_code = _TEXT_BY_FACE.get(fontname.split("+", 1)[-1])
        if not by_code:
            return original(fontname, subset)
        cmap = original(fontname, subset)
        for i, code in enumerate(subset):
            text = by_code.get(code)
            if text:
                hex_text = text.encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{hex_text}>", 1)
        return cmap

    ttfonts.makeToUnicodeCMap = make_cmap
