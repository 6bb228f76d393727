"""Showing, printing and saving letter PDFs without plaintext temp files.

The preview reads the PDF from memory (a QBuffer), never from disk, and can be
zoomed (Ctrl+plus, Ctrl+minus) or fitted to its width (Ctrl+0). Printing is in
printing.py. Saving is the one way a letter reaches the disk, so it always
comes after a warning that the file is not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .file_dialogs import choose_folder, save_file
from .widgets import message_label, show_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class PdfPreview(QWidget):
    """A PDF shown from bytes held in memory, or a message in its place; zoom buttons above it."""

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
        pages = QWidget()
        self._stack = QStackedLayout(pages)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.zoom_label = QLabel(objectName="zoomLevel")
        buttons = []
        for text, name, keys, action in (
                ("−", _tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                ("+", _tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                (_tr("Fit width"), _tr("Fit the page to the width"), QKeySequence("Ctrl+0"), self.fit_width)):
            b = QToolButton(text=text)
            b.setAccessibleName(name)
            b.setToolTip(name)
            b.clicked.connect(action)
            buttons.append(b)
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
        bar.addStretch(1)
        for b in buttons:
            bar.addWidget(b)
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(pages, 1)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self._show_zoom()

    # -- zoom -----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.view.zoomFactor()

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], factor)))
        self._show_zoom()

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _show_zoom(self, *_args: object) -> None:
        fitted = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.zoom_label.setText(_tr("fitted to width") if fitted else f"{round(self.zoom() * 100)} %")

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

