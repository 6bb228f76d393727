"""Showing, printing and saving letter PDFs without plaintext temp files.

The preview reads the PDF from memory (a QBuffer), never from disk. Printing
rasterises each page into the printer. Saving is the one way a letter reaches
the disk, so it always comes after a warning that the file is not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QStackedLayout, QWidget

from .file_dialogs import choose_folder, save_file
from .widgets import message_label, show_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


class PdfPreview(QWidget):
    """A PDF shown from bytes held in memory, or a message in its place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = message_label()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)

    def load(self, pdf: bytes) -> None:
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray(pdf)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._stack.setCurrentWidget(self.view)

    def show_text(self, text: str) -> None:
        """Replace the preview by a message (why there is no letter to show)."""
        self.clear()
        show_message(self.message, text)
        self._stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray()

    def page_count(self) -> int:
        return self.document.pageCount()


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The printer the person chose, or None if they cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(_tr("Referral letter"))
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Render every page of `pdf` (from memory) onto `printer`, scaled to the printable area."""
    data = QByteArray(pdf)
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
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


def warn_not_encrypted(parent: QWidget | None, many: bool = False) -> bool:
    """Ask before writing letters to disk; True if the person goes ahead."""
    text = _tr("The saved PDF is NOT encrypted: anyone who can open the file can read everything in the letter.")
    if many:
        text = _tr("The saved PDFs are NOT encrypted: anyone who can open the files can read everything in the "
                   "letters.")
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Saved letters are not encrypted"), text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("notEncryptedWarning")
    box.setInformativeText(_tr("The letter stays in the vault and the disclosure is recorded. Save it only to a "
                               "place you control, and delete it once it has been sent."))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Save


def ask_save_path(parent: QWidget | None, suggested: str, vault_dir: Path) -> Path | None:
    """A PDF file name (never in the vault's or ShelterDesk's folder) from a dialog that keeps no history."""
    return save_file(parent, _tr("Save letter as PDF"), suggested, _tr("PDF files (*.pdf)"), default_suffix="pdf",
                     vault_dir=vault_dir)


def ask_folder(parent: QWidget | None, vault_dir: Path) -> Path | None:
    """A folder to write letters to, from a dialog that keeps no history."""
    return choose_folder(parent, _tr("Folder for the letters"), vault_dir=vault_dir, to_write=True)

