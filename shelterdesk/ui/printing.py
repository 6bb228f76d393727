"""Printing a PDF the vault made: the file itself where the system takes PDF, else a modest raster.

Three routes, chosen from the printer the person picked:
- "Print to file" (Qt's PDF printer) is a save: the letter's own PDF bytes are
  written as a private file, after the same "not encrypted" warning as Save as PDF.
- A CUPS system (Linux, macOS) takes PDF: the bytes go to `lp` on its standard
  input, so no plaintext temp file is written and the job is the letter's own
  few tens of kilobytes, not a 1200-dpi raster.
- Otherwise (Windows) each page is rendered at no more than RASTER_DPI and drawn
  onto the printer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ..domain.errors import ShelterDeskError
from ..services.files import save_outside_vault

RASTER_DPI = 300
JOB_TITLE = "ShelterDesk"  # what the print queue shows: never a name or a case number


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def ask_printer(parent: QWidget | None, document: str) -> QPrinter | None:
    """The printer the person chose, or None if they cancelled. `document` names the kind of paper only."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # capped to RASTER_DPI when rasterised
    printer.setDocName(document)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def to_file(printer: QPrinter) -> Path | None:
    """The file a "Print to file" printer writes, or None for a real printer."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return Path(printer.outputFileName())
    return None


def lp_command() -> str | None:
    """CUPS' `lp`, where the system has one (not on Windows, where the name means something else)."""
    return None if sys.platform == "win32" else shutil.which("lp")


def route(printer: QPrinter) -> str:
    """How `printer` gets the letter: "file", "lp" or "raster"."""
    if to_file(printer) is not None:
        return "file"
    return "lp" if lp_command() else "raster"


def print_pdf(pdf: bytes, printer: QPrinter) -> str:
    """Send `pdf` to `printer` by its route; returns the route. A failure raises ShelterDeskError."""
    how = route(printer)
    if how == "file":
        path = to_file(printer)
        assert path is not None
        try:
            save_outside_vault(path, pdf)
        except OSError as e:
            raise ShelterDeskError(_tr("The file could not be written ({reason}). The letter is kept in the "
                                       "vault.").format(reason=e.strerror or "error")) from e
    elif how == "lp":
        _send_to_lp(pdf, printer)
    else:
        _print_raster(pdf, printer)
    return how


def _send_to_lp(pdf: bytes, printer: QPrinter) -> None:
    command = [lp_command() or "lp", "-t", JOB_TITLE, "-n", str(max(1, printer.copyCount()))]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise ShelterDeskError(_tr("The printer did not take the letter. Check that it is switched on and try "
                                   "again; the letter is kept in the vault.")) from e
    if done.returncode != 0:
        raise ShelterDeskError(_tr("The printer did not take the letter. Check that it is switched on and try "
                                   "again; the letter is kept in the vault."))


def _print_raster(pdf: bytes, printer: QPrinter) -> None:
    """Render each page from memory at no more than RASTER_DPI, scaled to the printable area."""
    printer.setResolution(min(printer.resolution(), RASTER_DPI))
    data = QByteArray(pdf)
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        raise ShelterDeskError(_tr("The printer could not be started. The letter is kept in the vault."))
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            points = doc.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = doc.render(page, size, QPdfDocumentRenderOptions())
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        doc.close()
        buffer.close()
