"""Reading a PDF's page content streams back (pypdf), for faults text extraction cannot see."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.generic import ContentStream

_SHOWS = {b"Tj", b"TJ", b"'", b'"'}


def rise_leaks(pdf: bytes) -> list[tuple[int, float]]:
    """(page, rise) for every text rise (`Ts`) left set across text.

    reportlab raises or lowers one shaped mark with `Ts`, shows it and sets the
    rise back. A rise still set at the next text show, or at the end of the
    text object, moves the text after the mark off the baseline.
    """
    reader = PdfReader(io.BytesIO(pdf))
    found: list[tuple[int, float]] = []
    for number, page in enumerate(reader.pages, 1):
        rise, shows = 0.0, 0
        saved: list[tuple[float, int]] = []
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                saved.append((rise, shows))
            elif op == b"Q":
                rise, shows = saved.pop()
            elif op == b"Ts":
                rise, shows = float(operands[0]), 0
            elif op in _SHOWS and rise:
                shows += 1
                if shows == 2:  # reported once per Ts
                    found.append((number, rise))
            elif op == b"ET" and rise and shows < 2:
                found.append((number, rise))
    return found
