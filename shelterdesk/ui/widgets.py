"""Small widgets shared by several screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import passphrase as strength
from ..domain.enums import CaseStatus

# Calm colours for status chips: (background, text).
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    CaseStatus.INTAKE: ("#fff4d6", "#7a5200"),
    CaseStatus.SHELTERED: ("#dff3e6", "#1d5e33"),
    CaseStatus.AWAITING_REPATRIATION: ("#e1ecfb", "#1f4b8f"),
    CaseStatus.REPATRIATED: ("#ececec", "#444444"),
    CaseStatus.TRANSFERRED: ("#ececec", "#444444"),
    CaseStatus.LEFT: ("#ececec", "#444444"),
    CaseStatus.CLOSED: ("#ececec", "#444444"),
}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw status value, for the chip delegate


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    label.setWordWrap(True)
    return label


def hint_label(text: str) -> QLabel:
    """Quieter text that explains the controls around it."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def card_frame(title: str = "", margins: tuple[int, int, int, int] = (24, 20, 24, 20),
               spacing: int = 12) -> tuple[QFrame, QVBoxLayout]:
    """A framed group of controls on a screen, headed by `title` when one is given."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    if title:
        layout.addWidget(heading(title, level=2))
    return frame, layout


def message_label() -> QLabel:
    """A label for a plain, calm error or hint under a form; hidden while empty."""
    label = QLabel()
    label.setObjectName("formMessage")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class PassphraseField(QWidget):
    """A passphrase box with a strength meter (zxcvbn via domain.passphrase) and the minimum spelled out."""

    changed = Signal()

    def __init__(self, user_inputs: Callable[[], tuple[str, ...]] = tuple, parent: QWidget | None = None):
        super().__init__(parent)
        self._user_inputs = user_inputs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("New passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setObjectName("hint")
        self.verdict.setWordWrap(True)
        self.minimum = QLabel(self.tr(
            "Minimum: {n} characters and rated “strong enough”. A few unrelated words are easy to "
            "remember and hard to guess.").format(n=strength.MIN_LENGTH))
        self.minimum.setObjectName("hint")
        self.minimum.setWordWrap(True)
        for w in (self.edit, self.meter, self.verdict, self.minimum):
            layout.addWidget(w)
        self.edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.edit.text()

    def acceptable(self) -> bool:
        return strength.assess(self.text(), self._user_inputs()).acceptable

    def _update(self) -> None:
        text = self.text()
        if not text:
            self.meter.setValue(0)
            self.verdict.setText("")
            self.verdict.setVisible(False)
            self._colour("#c9ced6")
        else:
            s = strength.assess(text, self._user_inputs())
            self.meter.setValue(max(1, s.score))
            self.verdict.setText(self.tr(s.message))
            self.verdict.setVisible(True)
            self._colour("#2e7d4f" if s.acceptable else ("#c0392b" if s.score <= 1 else "#d68910"))
        self.changed.emit()

    def _colour(self, colour: str) -> None:
        self.meter.setStyleSheet(
            f"QProgressBar {{ border: none; background: #e6e8ec; border-radius: 4px; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 4px; }}")


class StatusChipDelegate(QStyledItemDelegate):
    """Draws a case status as a rounded chip."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status = index.data(STATUS_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not status or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        bg, fg = STATUS_COLOURS.get(status, ("#ececec", "#444444"))
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 18, option.rect.width() - 8)
        height = metrics.height() + 6
        x = option.rect.right() - 4 - width if option.direction == Qt.LayoutDirection.RightToLeft \
            else option.rect.left() + 4
        chip = QRect(x, option.rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 12))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 14))


def overdue_brush_colour(palette: QPalette) -> QColor:
    """A soft red that stays readable in light and dark palettes."""
    base = palette.color(QPalette.ColorRole.Base)
    return QColor("#fde8e6") if base.lightness() > 128 else QColor("#5a2a27")


def scrolling(body: QWidget) -> QScrollArea:
    """`body` in a frameless scroll area that gives it the whole width: on a small screen, or with a long
    translation, a form scrolls instead of having its rows squeezed until their text is cut."""
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at `width` x `height`, or smaller where the screen is (a 1366x768 laptop)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        width, height = min(width, room.width() - 40), min(height, room.height() - 40)
    window.resize(width, height)
