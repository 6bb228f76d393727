"""The interface languages that ship, each in its own name, and the first start's question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..domain.languages import autonym


def available_languages() -> list[tuple[str, str]]:
    """(code, own name) of the UI languages that ship: English plus every translation file found."""
    found = [("en", autonym("en"))]
    for qm in sorted((paths.resources_dir() / "i18n").glob("shelterdesk_*.qm")):
        code = qm.stem.split("_", 1)[1]
        if code != "en":  # English plural forms only
            found.append((code, autonym(code)))
    return found


def language_in_use(chosen: str) -> str:
    """The language the interface shows for a stored choice: English when its file is missing."""
    return chosen if chosen in dict(available_languages()) else "en"


class LanguageDialog(QDialog):
    """Asked before anything else on the first start: the rest of the app then speaks it."""

    def __init__(self, current: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("ShelterDesk")
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Choose the language of ShelterDesk"))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Language of the program"))
        for code, name in available_languages():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.choices.addItem(item)
            if code == language_in_use(current):
                self.choices.setCurrentItem(item)
        self.choices.itemActivated.connect(self.accept)
        layout.addWidget(self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def language(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "en"
