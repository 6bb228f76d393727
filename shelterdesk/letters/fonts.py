"""The shipped fonts: which font serves which script, coverage, lazy registration.

Every font is a static TrueType Noto face in resources/fonts (see its README).
Fonts are registered with reportlab on first use, one face at a time, so a
letter without Chinese never pays for the 10 MB CJK face. The caches are
functools caches: nothing else is kept at module level.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from shelterdesk.domain.messages import Message, msg
from shelterdesk.paths import resources_dir

from . import to_unicode
from .actual_text import install_actual_text, mark
from .lru import Lru
from .rise_fix import install_rise_fix

BASE = "latin"  # the face used for Latin, Greek, Cyrillic, digits and punctuation


@dataclass(frozen=True)
class FontFace:
    key: str  # script family key, e.g. "khmer"
    stem: str  # file stem without the style, e.g. "NotoSansKhmer"
    # Right-to-left: copyable through the ToUnicode map (to_unicode.py), not
    # /ActualText, because readers reorder these glyphs themselves.
    rtl: bool = False

    def file(self, bold: bool) -> Path:
        return fonts_dir() / f"{self.stem}-{'Bold' if bold else 'Regular'}.ttf"

    def pdf_name(self, bold: bool) -> str:
        return f"SD-{self.stem}-{'Bold' if bold else 'Regular'}"


# Order matters for neutral characters that the base face lacks: the first
# face that covers them is used.
FACES: tuple[FontFace, ...] = (
    FontFace("latin", "NotoSans"),
    FontFace("cjk", "NotoSansSC"),
    FontFace("korean", "NotoSansKR"),
    FontFace("khmer", "NotoSansKhmer"),
    FontFace("thai", "NotoSansThai"),
    FontFace("lao", "NotoSansLao"),
    FontFace("myanmar", "NotoSansMyanmar"),
    FontFace("bengali", "NotoSansBengali"),
    FontFace("devanagari", "NotoSansDevanagari"),
    FontFace("tamil", "NotoSansTamil"),
    FontFace("sinhala", "NotoSansSinhala"),
    FontFace("ethiopic", "NotoSansEthiopic"),
    FontFace("arabic", "NotoNaskhArabic", rtl=True),
)
FACE_BY_KEY = {face.key: face for face in FACES}

# Unicode blocks that must be set in a given script's face. Anything not listed
# is "neutral" (Latin letters, digits, punctuation, symbols) and is set in the
# current run's face when it has the glyph, else in the base face.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0870, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x1000, 0x109F, "myanmar"),
    (0x1100, 0x11FF, "korean"),
    (0x1200, 0x139F, "ethiopic"),
    (0x1780, 0x17FF, "khmer"),
    (0x19E0, 0x19FF, "khmer"),
    (0x1CD0, 0x1CFF, "devanagari"),
    (0x2D80, 0x2DDF, "ethiopic"),
    (0x2E80, 0x2FDF, "cjk"),
    (0x3000, 0x303F, "cjk"),
    (0x3040, 0x30FF, "cjk"),
    (0x3100, 0x312F, "cjk"),
    (0x3130, 0x318F, "korean"),
    (0x3190, 0x31FF, "cjk"),
    (0x3400, 0x4DBF, "cjk"),
    (0x4E00, 0x9FFF, "cjk"),
    (0xA8E0, 0xA8FF, "devanagari"),
    (0xA960, 0xA97F, "korean"),
    (0xA9E0, 0xA9FF, "myanmar"),
    (0xAA60, 0xAA7F, "myanmar"),
    (0xAB00, 0xAB2F, "ethiopic"),
    (0xAC00, 0xD7FF, "korean"),
    (0xF900, 0xFAFF, "cjk"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE30, 0xFE4F, "cjk"),
    (0xFE70, 0xFEFF, "arabic"),
    (0xFF00, 0xFFEF, "cjk"),
    (0x111E0, 0x111FF, "sinhala"),
    (0x11FC0, 0x11FFF, "tamil"),
    (0x1E7E0, 0x1E7FF, "ethiopic"),
    (0x20000, 0x3134F, "cjk"),
)

# Characters that never need a glyph of their own (layout controls).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\n\r\t")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def script_of(ch: str) -> str | None:
    """The script face key a character must be set in, or None if neutral."""
    cp = ord(ch)
    for lo, hi, key in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            return key
        if cp < lo:
            break
    return None


@functools.cache
def coverage(key: str) -> frozenset[int]:
    """Code points the Regular face of a script family maps (read from its cmap)."""
    from fontTools.ttLib import TTFont

    with TTFont(FACE_BY_KEY[key].file(bold=False), lazy=True) as font:
        return frozenset(font.getBestCmap())


def covers(key: str, ch: str) -> bool:
    return ch in _INVISIBLE or ord(ch) in coverage(key)


@functools.lru_cache(maxsize=16384)  # called for every character of every run
def face_for(ch: str, current: str) -> str:
    """Choose the face key for one character, given the run it would extend."""
    script = script_of(ch)
    if script is not None:
        return script
    if ch.isspace() or covers(current, ch):
        return current
    if covers(BASE, ch):
        return BASE
    for face in FACES:
        if covers(face.key, ch):
            return face.key
    return BASE


def missing_glyphs(texts: Iterable[str]) -> list[str]:
    """Characters in `texts` that no shipped font covers, in first-seen order.

    Text is NFC-normalised first, as the renderer does, so a decomposed
    Vietnamese name is judged by the characters that will actually be drawn.
    """
    seen: dict[str, None] = {}
    for text in texts:
        seen.update(dict.fromkeys(missing_in(text)))
    return list(seen)


def unprintable(missing: Sequence[str]) -> Message:
    """Why a text cannot be printed: its characters no shipped font covers, named by code point."""
    return msg("Letters", "no shipped font can print these characters: {characters}",
               characters=" ".join(f"U+{ord(ch):04X}" for ch in missing[:10]))


@functools.lru_cache(maxsize=4096)  # the same names and wording recur in a batch
def missing_in(text: str) -> tuple[str, ...]:
    """The characters of one text that no shipped font covers (see missing_glyphs)."""
    missing = []
    for ch in dict.fromkeys(unicodedata.normalize("NFC", text)):  # each character once
        # Control characters are dropped by the renderer, not drawn.
        if ch.isspace() or ch in _INVISIBLE or unicodedata.category(ch) == "Cc":
            continue
        script = script_of(ch)
        keys = (script,) if script else tuple(face.key for face in FACES)
        if not any(ord(ch) in coverage(k) for k in keys):
            missing.append(ch)
    return tuple(missing)


@functools.cache
def pdf_font(key: str, bold: bool = False) -> str:
    """Register one face with reportlab (once per process) and return its PDF name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    install_shaping_fix()
    install_rise_fix()
    install_actual_text()
    face = FACE_BY_KEY[key]
    name = face.pdf_name(bold)
    font = TTFont(name, str(face.file(bold)))
    _prefer_ordinary_chars(font.face.glyphToChar)
    _number_unmapped_glyphs(font)
    if face.rtl:
        to_unicode.register(font, face.file(bold))
    # Every PDF subsets the face again and reportlab copies each table out of
    # the file data for it: 10 MB of glyphs for Chinese, per letter. The
    # tables never change, so keep the one copy (a fixed cost per face).
    font.face.get_table = functools.cache(font.face.get_table)
    pdfmetrics.registerFont(font)
    return name


def _number_unmapped_glyphs(font: object) -> None:
    """Give every glyph that no character maps to its private-use code now.

    Shaping yields glyphs with no character of their own (Khmer subscripts,
    Indic conjuncts, Arabic joining forms). reportlab numbers them U+E000.. in
    the order the process first meets them, so a letter's bytes depended on
    which letters the process had rendered before. Numbering them all up
    front, in glyph order, makes the same letter the same bytes in any process.
    """
    hb = font.hbFont()  # type: ignore[attr-defined]
    face = font.face  # type: ignore[attr-defined]
    for gid in range(1, face.numGlyphs):
        if gid not in face.glyphToChar:
            font.hbAddPrivate(hb.glyph_to_string(gid), gid, hb.get_glyph_h_advance(gid))  # type: ignore[attr-defined]


# Radicals and compatibility ideographs that share a glyph with an ordinary
# character (U+2EDA and U+9875 are both drawn as 页).
_ALTERNATE_FORMS = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def _prefer_ordinary_chars(glyph_to_char: dict[int, list[int]]) -> None:
    """Make a shaped glyph map back to the ordinary character.

    After shaping, reportlab writes each glyph's text as the first character
    the font maps to it, so pdftotext, search and copy-paste got radicals
    instead of the ideographs the user typed.
    """
    def rank(cp: int) -> tuple[bool, int]:
        return any(lo <= cp <= hi for lo, hi in _ALTERNATE_FORMS), cp

    for chars in glyph_to_char.values():
        if len(chars) > 1:
            chars.sort(key=rank)


# reportlab asks HarfBuzz for discretionary ligatures, which set "11月" as the
# single glyph ㋊ in Noto Sans SC. Latin "fi"/"ffi" ligatures would extract as
# U+FB01.. and break search and copy-paste of names. Other scripts keep
# HarfBuzz's defaults (their required forms do not depend on these flags).
_PLAIN_FEATURES = {"kern": True, "liga": False, "dlig": False}
_DEFAULT_FEATURES = {"kern": True, "liga": True, "dlig": False}


def _features(font_name: str) -> dict[str, bool]:
    plain = any(font_name.startswith(f"SD-{FACE_BY_KEY[k].stem}-") for k in ("latin", "cjk"))
    return _PLAIN_FEATURES if plain else _DEFAULT_FEATURES


@functools.cache
def install_shaping_fix() -> None:
    """Shape each font's part of a word separately.

    reportlab shapes a whole word (text between spaces) with the font of its
    first fragment, so a word that mixes faces - "(សុខ)", "abc张伟", a Latin
    comma after an Arabic name - comes out as empty boxes or wrong glyphs.
    This wraps reportlab's shapeFragWord so each same-font stretch of a word
    is shaped with its own font and the pieces are joined back, with the
    OpenType features chosen per font (see _features). Tests render such
    words and read them back, so a reportlab upgrade that changes these
    internals is caught.
    """
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.platypus import paragraph

    original = ttfonts.shapeFragWord
    if getattr(paragraph.shapeFragWord, "_shelterdesk", False):
        return

    def shape_per_font(word, *args, **kwargs):  # type: ignore[no-untyped-def]
        frags = word[1:]
        explicit = bool(args) or "features" in kwargs  # a caller's own choice wins

        def opts(font_name: str) -> dict:
            return kwargs if explicit else dict(kwargs, features=_features(font_name))

        if (
            not frags
            or isinstance(word, ttfonts.ShapedFragWord)
            or any(hasattr(f, "cbDefn") for f, _ in frags)
        ):
            name = frags[0][0].fontName if frags and not hasattr(frags[0][0], "cbDefn") else ""
            return original(word, *args, **opts(name))
        groups: list[list[tuple[object, str]]] = []
        for frag, text in frags:
            if groups and groups[-1][-1][0].fontName == frag.fontName:  # type: ignore[attr-defined]
                groups[-1].append((frag, text))
            else:
                groups.append([(frag, text)])
        if len(groups) == 1:
            font_name = groups[0][0][0].fontName  # type: ignore[attr-defined]
            return _with_actual_text(frags, original(word, *args, **opts(font_name)))
        joined = ttfonts.makeShapedFragWord(word)([])
        width = 0.0
        for group in groups:
            plain = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)  # type: ignore[attr-defined]
            font_name = group[0][0].fontName  # type: ignore[attr-defined]
            part = original([plain, *group], *args, force=True, **opts(font_name))
            part = _with_actual_text(group, part)
            width += part[0]
            joined.extend(part[1:])
        joined.insert(0, width)
        return joined

    def _with_actual_text(frags: list, shaped: list) -> list:
        # One piece of glyphs for the whole stretch: it stands for the stretch's text.
        if isinstance(shaped, ttfonts.ShapedFragWord) and len(shaped) == 2:
            frag, glyphs = shaped[1]
            if isinstance(glyphs, ttfonts.ShapedStr):
                shaped[1] = (frag, mark(glyphs, "".join(t for _, t in frags)))
        return shaped

    plain_words = (list, paragraph._HSFrag)  # word kinds that carry no state of their own

    def shape_cached(word, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Shaping depends only on each piece's text, font and size, so a word
        # seen before (in this letter or an earlier one) reuses its glyphs.
        frags = word[1:]
        if (args or kwargs or type(word) not in plain_words
                or any(hasattr(f, "cbDefn") for f, _ in frags)):
            return shape_per_font(word, *args, **kwargs)
        key = (type(word), tuple((f.fontName, f.fontSize, t) for f, t in frags))
        hit = _SHAPED.get(key)
        if hit is None:
            shaped = shape_per_font(word)
            hit = _shape_template(word, shaped)
            if hit is not None:
                _SHAPED.put(key, hit)
            return shaped
        if hit is _UNCHANGED:
            return word
        cls, width, pieces = hit
        return cls([width, *((frags[i][0], text) for i, text in pieces)])

    shape_cached._shelterdesk = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_cached


_UNCHANGED = object()
_SHAPED = Lru(8192)  # words, across letters


def clear_shaped() -> None:
    """Forget the shaped words (see render.clear_caches)."""
    _SHAPED.clear()


def _shape_template(word: list, shaped: list) -> object:
    """The shaped word with its pieces referred to by position, or None if it cannot be."""
    if shaped is word:
        return _UNCHANGED
    position = {id(f): i for i, (f, _) in enumerate(word[1:])}
    pieces = []
    for piece in shaped[1:]:
        if not isinstance(piece, tuple) or id(piece[0]) not in position:
            return None
        pieces.append((position[id(piece[0])], piece[1]))
    return type(shaped), shaped[0], tuple(pieces)
