"""The shelter profile form (letterhead: name, address, phone, email, logo), used at first run and in settings."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..domain.models import ShelterProfileData
from ..services.session import Session
from ..services.vaults import set_shelter_profile
from . import operations
from .file_dialogs import open_file

LOGO_MAX_PIXELS = 600  # enough for a letterhead at print size, small inside the vault


def logo_png_from_file(path: str) -> bytes | None:
    """Read an image, shrink it to letterhead size and return it as PNG bytes (None if unreadable)."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
        image = image.scaled(LOGO_MAX_PIXELS, LOGO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ShelterProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.logo_png: bytes | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Shelter name"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Shelter address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(72)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Shelter phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Shelter email"))
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setObjectName("hint")
        self.logo_preview.setMinimumHeight(48)
        self.choose_logo = QPushButton(self.tr("Choose logo…"))
        self.choose_logo.setAccessibleName(self.tr("Choose a logo image for letterheads"))
        self.remove_logo = QPushButton(self.tr("Remove logo"))
        self.remove_logo.setAccessibleName(self.tr("Remove the logo"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        form.addRow(self.tr("Shelter name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Logo"), logo_row)
        self.choose_logo.clicked.connect(self._pick_logo)
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        self.set_logo(None)

    def load(self, profile: ShelterProfileData) -> None:
        self.name.setText(profile.name)
        self.address.setPlainText(profile.address)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.set_logo(profile.logo_png)

    def profile(self) -> ShelterProfileData:
        return ShelterProfileData(name=self.name.text().strip(), address=self.address.toPlainText().strip(),
                                  phone=self.phone.text().strip(), email=self.email.text().strip(),
                                  logo_png=self.logo_png)

    def save(self, session: Session, message: QLabel) -> ShelterProfileData | None:
        """Store the form as the shelter profile; when it is refused, say why in `message` and return None."""
        profile = self.profile()
        if not operations.succeeded(self, lambda: set_shelter_profile(session, profile),
                                    on_failure=operations.in_label(message)):
            return None
        return profile

    def set_editable(self, editable: bool) -> None:
        for edit in (self.name, self.phone, self.email):
            edit.setReadOnly(not editable)
        self.address.setReadOnly(not editable)
        self.choose_logo.setVisible(editable)
        self.remove_logo.setVisible(editable and self.logo_png is not None)

    def set_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setVisible(png is not None and self.choose_logo.isVisibleTo(self))

    def _pick_logo(self) -> None:
        chosen = open_file(self, self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        png = logo_png_from_file(chosen) if chosen is not None else None
        if png is not None:
            self.set_logo(png)
