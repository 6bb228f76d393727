"""File dialogs that leave no trace: Qt's own (not the platform's) dialog, no history, no recent files.

The platform dialogs (GTK, KDE portal) write `recently-used.xbel` and keep
their own history of folders and file names; a file name can be a survivor's
name. Qt's own dialog writes the folder last visited and its history to Qt's
settings (`QtProject.conf`, or the registry on Windows) when it is destroyed,
so every dialog here is destroyed at once and those settings removed.

Every path chosen to write to goes through the same check as the CLI's
(services.files.check_output_path): never into the vault or ShelterDesk's own folder.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from ..domain.errors import ValidationError
from ..services.files import check_output_path
from .messages import show_error


def _dialog(parent: QWidget | None, title: str, directory: Path | None, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(directory or Path.home()), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    dialog.setSidebarUrls([])
    return dialog


def forget_dialog_history() -> None:
    """Remove what Qt's file dialog keeps in Qt's own settings (last folder, history, sidebar)."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.remove("FileDialog")
    qt_settings.sync()


def _run(dialog: QFileDialog) -> Path | None:
    """Show the dialog; the chosen path or None. The dialog is destroyed and its traces removed."""
    try:
        files = dialog.selectedFiles() if dialog.exec() else []
    finally:
        shiboken6.delete(dialog)  # its destructor writes Qt's settings: now, so they can be removed now
        forget_dialog_history()
    return Path(files[0]) if files else None


def _checked(parent: QWidget | None, path: Path | None, vault_dir: Path | None, *, folder: bool) -> Path | None:
    """`path` if it may be written to; otherwise the reason is shown and None returned (ask again)."""
    if path is None:
        return None
    try:
        return check_output_path(path, vault_dir, folder=folder)
    except ValidationError as e:
        show_error(parent, e)
        return None


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str,
              directory: Path | None = None, default_suffix: str = "", *,
              vault_dir: Path | None = None) -> Path | None:
    """Ask where to save until the place may be written to; None if cancelled.

    The suggested name should hold no survivor data.
    """
    while True:
        dialog = _dialog(parent, title, directory, name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if default_suffix:
            dialog.setDefaultSuffix(default_suffix)
        dialog.selectFile(suggested)
        chosen = _run(dialog)
        if chosen is None:
            return None
        path = _checked(parent, chosen, vault_dir, folder=False)
        if path is not None:
            return path


def open_file(parent: QWidget | None, title: str, name_filter: str, directory: Path | None = None) -> Path | None:
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str, directory: Path | None = None, *,
                  vault_dir: Path | None = None, to_write: bool = False) -> Path | None:
    """A folder; with `to_write`, asked again until it is one files may be written to."""
    while True:
        dialog = _dialog(parent, title, directory, "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = _run(dialog)
        if chosen is None or not to_write:
            return chosen
        path = _checked(parent, chosen, vault_dir, folder=True)
        if path is not None:
            return path
