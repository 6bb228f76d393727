"""Words of a PDF with their positions (pdftotext -bbox), for checking line order and alignment."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tests.shared import pdf_text

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass(frozen=True)
class Word:
    page: int
    left: float
    top: float
    right: float
    text: str  # in reading order, NFKC (Arabic presentation forms read as plain letters)


def pdf_words(pdf: bytes, tmp_path: Path) -> list[Word]:
    pdf_text(pdf, tmp_path, "words")  # skips the test without poppler
    out = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "words.pdf"), "-"],
                         check=True, capture_output=True, text=True).stdout
    words = []
    for page, body in enumerate(out.split("<page ")[1:], 1):
        for m in _WORD.finditer(body):
            left, top, right, _ = (float(v) for v in m.groups()[:4])
            text = unicodedata.normalize("NFKC", html.unescape(m.group(5)))
            if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
                text = text[::-1]  # -bbox gives a right-to-left word's letters as drawn
            words.append(Word(page, left, top, right, text))
    return words


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines (same page, tops within 2 pt), top to bottom."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.page, w.top)):
        if lines and lines[-1][0].page == word.page and abs(lines[-1][0].top - word.top) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def copied_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    """The PDF's text lines as pdftotext reads them in reading order (no layout padding).

    pdftotext brackets right-to-left lines with embedding controls (U+202B,
    U+202C) for terminals; copying from a viewer gives none, so they are dropped.
    """
    pdf_text(pdf, tmp_path, "copied")  # skips the test without poppler
    out = subprocess.run(["pdftotext", str(tmp_path / "copied.pdf"), "-"],
                         check=True, capture_output=True, text=True).stdout
    return [re.sub("[\u202a-\u202e]", "", line).strip() for line in out.splitlines()]
