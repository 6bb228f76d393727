"""Rendering one line of text in a PDF and with Qt, and comparing where the ink lies."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageOps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from shelterdesk.letters.fonts import FACE_BY_KEY, pdf_font
from shelterdesk.letters.markup import to_markup

PIXELS_PER_EM = 48
WIDTH, HEIGHT = 1400, 200


def pdf_line(text: str) -> Image.Image:
    """`text` as the letters set it (markup, fonts, shaping), rasterised by poppler."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    style = ParagraphStyle("line", fontName=pdf_font("latin"), fontSize=PIXELS_PER_EM,
                           leading=PIXELS_PER_EM * 2, shaping=1)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(WIDTH, HEIGHT))
    paragraph = Paragraph(to_markup(text), style)
    paragraph.wrapOn(canvas, WIDTH - 20, HEIGHT)
    paragraph.drawOn(canvas, 10, 40)
    canvas.save()
    png = subprocess.run(["pdftoppm", "-r", "72", "-png", "-gray", "-"], input=buf.getvalue(),
                         capture_output=True, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def qt_line(text: str, face_key: str) -> Image.Image:
    """`text` drawn by Qt (HarfBuzz) in the same font file, at the same size."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    font_id = QFontDatabase.addApplicationFont(str(FACE_BY_KEY[face_key].file(bold=False)))
    font = QFont(QFontDatabase.applicationFontFamilies(font_id)[0])
    font.setPixelSize(PIXELS_PER_EM)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, HEIGHT // 2, text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("L")


def _ink(image: Image.Image) -> Image.Image:
    return ImageOps.invert(image).point(lambda v: 255 if v > 127 else 0)


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    box = _ink(image).getbbox()
    assert box is not None, "nothing was drawn"
    return box


def vertical_extents(image: Image.Image, left: int, right: int, slices: int
                     ) -> list[tuple[int, int] | None]:
    """Top and bottom of the ink in each of `slices` equal columns between left and right."""
    ink = _ink(image)
    step = (right - left) / slices
    out: list[tuple[int, int] | None] = []
    for i in range(slices):
        box = ink.crop((int(left + i * step), 0, int(left + (i + 1) * step), image.height)).getbbox()
        out.append(None if box is None else (box[1], box[3]))
    return out
