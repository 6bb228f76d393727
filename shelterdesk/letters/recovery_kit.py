"""The recovery kit: one A4 page with the recovery code and what to do with it.

Plain reportlab with the built-in Helvetica/Courier (the page is ASCII apart
from the shelter's name, which is escaped and shown only if Latin-1 safe).
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_INK = colors.HexColor("#1b2a41")
_RED = colors.HexColor("#9b1c1c")

_TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=_INK)
_SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=10.5, leading=14, textColor=colors.HexColor("#44536b"))
_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5)
_HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=3,
                       textColor=_INK)
_CODE = ParagraphStyle("code", fontName="Courier-Bold", fontSize=21, leading=28, alignment=TA_CENTER)
_WARN = ParagraphStyle("warn", fontName="Helvetica-Bold", fontSize=11, leading=15, textColor=_RED,
                       alignment=TA_CENTER)
_LABEL = ParagraphStyle("label", fontName="Helvetica", fontSize=7.5, leading=9, alignment=TA_CENTER,
                        textColor=colors.HexColor("#777777"))
_SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"))


def _latin1(text: str) -> str:
    """Helvetica has Latin-1 glyphs only: anything else would print as boxes, so leave it out."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return ""
    return text


def render_recovery_kit(code: str, *, shelter_name: str = "", vault_id: str = "", made_on: date | None = None,
                        made_by: str = "") -> bytes:
    """The kit as PDF bytes. `code` is the grouped recovery code (XXXX-XXXX-…)."""
    made_on = made_on or date.today()
    groups = code.split("-")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="ShelterDesk recovery kit", author="ShelterDesk",
                            subject="Recovery kit")
    shelter = escape(_latin1(shelter_name.strip()))
    story = [
        Paragraph("CONFIDENTIAL", _WARN),
        Spacer(1, 4 * mm),
        Paragraph("ShelterDesk recovery kit", _TITLE),
        Paragraph((f"{shelter} &middot; " if shelter else "") + f"Made on {made_on.isoformat()}"
                  + (f" by {escape(_latin1(made_by))}" if _latin1(made_by) else "")
                  + (f" &middot; Vault {escape(vault_id[:8])}" if vault_id else ""), _SUB),
        Spacer(1, 7 * mm),
        Paragraph("Recovery code", _HEAD),
    ]
    rows: list[list] = []
    for start in range(0, len(groups), 4):
        chunk, pad = groups[start:start + 4], [""] * (4 - len(groups[start:start + 4]))
        rows.append([Paragraph(escape(g), _CODE) for g in chunk] + pad)
        rows.append([Paragraph(f"group {start + i + 1}", _LABEL) for i in range(len(chunk))] + pad)
    table = Table(rows, colWidths=[40 * mm] * 4, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, _INK),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f5f9")),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    story += [
        table,
        Spacer(1, 2 * mm),
        Paragraph("Read it aloud one group at a time. It uses digits and the letters A&ndash;Z without "
                  "I, L, O and U, so 0 is always zero and 1 is always one. Dashes and spaces do not matter.",
                  _SMALL),
        Paragraph("What this page is", _HEAD),
        Paragraph("This code opens the ShelterDesk vault of this shelter when no administrator can: a forgotten "
                  "passphrase, an administrator who left, or key slots wiped after too many wrong attempts. "
                  "<b>Anyone who has this page and the laptop (or a backup) can read every record.</b>", _BODY),
        Paragraph("Where to keep it", _HEAD),
        Paragraph("&bull; In a sealed envelope, in a locked place away from the laptop and away from the backup "
                  "drive.<br/>&bull; Never photograph it, scan it, e-mail it or keep it in a phone.<br/>"
                  "&bull; If you saved this page as a PDF file, print it and then delete the file.", _BODY),
        Paragraph("How to use it", _HEAD),
        Paragraph("1. On the unlock screen choose <b>Use the recovery code</b> (or run "
                  "<font name='Courier'>shelterdesk-cli reset-passphrase ADMIN</font>).<br/>"
                  "2. Give the name of an administrator and type the code.<br/>"
                  "3. ShelterDesk asks for a new passphrase for that administrator at once.<br/>"
                  "4. Then print a new recovery kit and destroy this page: the code has been seen.", _BODY),
        Paragraph("When it stops working", _HEAD),
        Paragraph("Printing a new recovery kit replaces this code: from then on this page opens nothing new. "
                  "Backups made before that still open with this code, so keep the page as long as you keep "
                  "those backups.", _BODY),
        Spacer(1, 8 * mm),
        Paragraph("Stored by: __________________________ &nbsp;&nbsp; Date: ____________ &nbsp;&nbsp; "
                  "Sealed: ______", _BODY),
    ]

    def footer(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawCentredString(A4[0] / 2, 10 * mm, "ShelterDesk recovery kit - CONFIDENTIAL - keep sealed")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
