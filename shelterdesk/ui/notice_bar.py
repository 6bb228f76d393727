"""The notice bar: a calm strip at the top of a screen for a message and its actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)


class NoticeBar(QFrame):
    """A calm strip at the top of a screen for a message and the actions it offers."""

    KINDS = {
        "info": "background: #e8f1fb; border: 1px solid #b6d0ee;",
        "success": "background: #e7f4ea; border: 1px solid #b3d9bc;",
        "warning": "background: #fdf3e1; border: 1px solid #ecc98a;",
        "error": "background: #fbe9e7; border: 1px solid #e8b4ad;",
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NoticeBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons = QHBoxLayout()
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(12)
        box.addWidget(self.label, 1)
        box.addLayout(self.buttons)
        self.hide()

    def show_message(self, text: str, kind: str = "info",
                     actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        self.setStyleSheet(f"#NoticeBar {{ {self.KINDS[kind]} border-radius: 4px; }}")
        self.label.setText(text)
        self.label.setAccessibleName(text)
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        for text_, callback in actions:
            b = QPushButton(text_)
            b.setAccessibleName(text_)
            b.setAutoDefault(False)
            b.clicked.connect(callback)
            self.buttons.addWidget(b)
            b.show()
        self.show()

    def message(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""
