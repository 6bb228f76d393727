"""File dialogs that leave no trace: Qt's own (not the platform's) dialog, no history, no recent files.

The platform dialogs (GTK, KDE portal) write `recently-used.xbel` and keep
their own history of folders and file names; a file name can be a survivor's
name. Qt's dialog with an empty history keeps nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(parent: QWidget | None, title: str, directory: Path | None, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(directory or Path.home()), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    dialog.setSidebarUrls([])
    return dialog


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str,
              directory: Path | None = None, default_suffix: str = "") -> Path | None:
    """Ask where to save; None if cancelled. The suggested name should hold no survivor data."""
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    dialog.selectFile(suggested)
    return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None


def open_file(parent: QWidget | None, title: str, name_filter: str, directory: Path | None = None) -> Path | None:
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None


def choose_folder(parent: QWidget | None, title: str, directory: Path | None = None) -> Path | None:
    dialog = _dialog(parent, title, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None
