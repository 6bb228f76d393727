"""Settings → Partner shelters: this shelter's key (fingerprint and QR code), trusting a partner's key,
importing a transfer package after a preview; and the case file's "Transfer…" action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ShelterDeskError
from ..services.files import save_outside_vault
from ..services.registry import Services
from ..services.session import ADMIN_ROLES, LETTER_ROLES, WRITE_ROLES
from ..services.transfer_format import read_key_file
from .admin_helpers import confirm
from .file_dialogs import open_file, save_file
from .shown import shown
from .widgets import card_frame, hint_label, message_label, show_message

KEY_FILTER = "ShelterDesk key files (*.sdkey *.json)"
PACKAGE_FILTER = "ShelterDesk transfer packages (*.sdx)"


def tr(text: str) -> str:
    return QCoreApplication.translate("TransferPanel", text)


def qr_pixmap(data: bytes, scale: int = 4) -> QPixmap:
    """A QR code of `data`, drawn module by module (no image library needed)."""
    import segno  # loaded when a QR code is first shown, not at start-up

    code = segno.make(data, error="m", micro=False)
    size = code.symbol_size(scale=1)[0]
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for y, row in enumerate(code.matrix_iter(scale=1, border=4)):
        for x, dark in enumerate(row):
            if dark:
                image.setPixelColor(x, y, QColor("black"))
    return QPixmap.fromImage(image.scaled(size * scale, size * scale))


def ask_name(parent: QWidget | None, fingerprint: str) -> str | None:
    name, ok = QInputDialog.getText(parent, tr("Trust a partner shelter"), tr(
        "Read this fingerprint aloud with the partner shelter on the phone. Trust the key only if theirs is "
        "exactly the same:\n\n%1\n\nName of the partner shelter:").replace("%1", fingerprint))
    return name if ok else None


def choose_partner(parent: QWidget | None, names: list[str]) -> int | None:
    name, ok = QInputDialog.getItem(parent, tr("Transfer this case"), tr("Partner shelter"), names, 0, False)
    return names.index(name) if ok else None


def ask_end_stay(parent: QWidget | None, partner: str) -> bool | None:
    """Whether the stay here ends with the transfer; None to cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Transfer this case"), tr(
        "Does the person move to %1? Then the case is recorded here as transferred to %1 and the stay ends "
        "today. Keep it open if the person stays here for now.").replace("%1", partner),
        QMessageBox.StandardButton.NoButton, parent)
    end = box.addButton(tr("Record as transferred"), QMessageBox.ButtonRole.YesRole)
    keep = box.addButton(tr("Keep the case open"), QMessageBox.ButtonRole.NoRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(end)
    box.exec()
    return True if box.clickedButton() is end else False if box.clickedButton() is keep else None


def transfer_card(services: Services) -> QWidget:
    frame, layout = card_frame(tr("Partner shelters (case transfer)"))
    layout.addWidget(TransferPanel(services))
    return frame


class TransferPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        key = services.transfer.own_key()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(tr(
            "Cases move to a partner shelter in a package only that shelter can open. Exchange key files, then "
            "read the fingerprints to each other on the phone before trusting a key.")))
        self.fingerprint = QLabel(tr("This shelter's fingerprint: %1").replace("%1", key.fingerprint))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(services.transfer.own_key_file(), 3))
        self.qr.setAccessibleName(tr("QR code of this shelter's key"))
        top = QHBoxLayout()
        top.addWidget(self.fingerprint, 1)
        top.addWidget(self.qr)
        layout.addLayout(top)

        self.partners = QListWidget()
        self.partners.setAccessibleName(tr("Trusted partner shelters"))
        self.partners.setMaximumHeight(120)
        layout.addWidget(self.partners)
        buttons = QHBoxLayout()
        for text, name, slot, roles in (
                (tr("Save our key file…"), tr("Save our key file"), self.save_key, LETTER_ROLES),
                (tr("Trust a partner's key…"), tr("Trust a partner's key"), self.trust_key, ADMIN_ROLES),
                (tr("Import a transfer package…"), tr("Import a transfer package"), self.import_package,
                 WRITE_ROLES)):
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.clicked.connect(slot)
            b.setVisible(services.session.can(roles))
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = message_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.partners.clear()
        for partner in self.services.transfer.trusted():
            self.partners.addItem(f"{partner.name} — {partner.fingerprint}")
        if not self.partners.count():
            self.partners.addItem(tr("No partner shelter is trusted yet."))

    def save_key(self) -> None:
        path = save_file(self, tr("Save our key file"), "shelter.sdkey", tr(KEY_FILTER), default_suffix="sdkey")
        if path is None:
            return
        try:
            save_outside_vault(path, self.services.transfer.own_key_file())
        except ShelterDeskError as e:  # OutputNotWritten says where and why, and that nothing was saved
            show_message(self.message, shown(e))
            return
        show_message(self.message, tr("Saved. Send it to the partner shelter; it holds no secret."))

    def _read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError as e:
            show_message(self.message, tr("The file cannot be read: %1").replace("%1", e.strerror or shown(e)))
            return None

    def trust_key(self) -> None:
        path = open_file(self, tr("Trust a partner's key"), tr(KEY_FILTER))
        data = self._read(path) if path else None
        if data is None:
            return
        try:
            name = ask_name(self, read_key_file(data).fingerprint)
            if name is None:
                return
            partner = self.services.transfer.trust(data, name)
        except ShelterDeskError as e:
            show_message(self.message, shown(e))
            return
        show_message(self.message, tr("%1 is trusted.").replace("%1", partner.name))
        self.refresh()

    def import_package(self) -> None:
        path = open_file(self, tr("Import a transfer package"), tr(PACKAGE_FILTER))
        data = self._read(path) if path else None
        if data is None:
            return
        try:
            preview = self.services.transfer.preview(data)
        except ShelterDeskError as e:
            show_message(self.message, shown(e))
            return
        lines = [tr("From %1: %2 case(s) and %3 attachment(s).").replace("%1", preview.sender)
                 .replace("%2", str(len(preview.cases))).replace("%3", str(preview.attachments))]
        lines += [tr("%1 may be the same person as %2 here: check and merge by hand after the import.")
                  .replace("%1", d["case"]).replace("%2", ", ".join(d["matches"])) for d in preview.duplicates]
        if not confirm(self, tr("Import a transfer package"), "\n".join(lines), tr("Import")):
            return
        try:
            created = self.services.transfer.import_package(data)
        except ShelterDeskError as e:
            show_message(self.message, shown(e))
            return
        show_message(self.message, tr("Imported as %1.").replace("%1", ", ".join(created.values())))


def transfer_case(parent: QWidget | None, services: Services, survivor_id: int) -> tuple[str, str]:
    """The case file's "Transfer…": pick a trusted partner, save the sealed package; (message, kind)."""
    partners = services.transfer.trusted()
    if not partners:
        return tr("No partner shelter is trusted yet: an administrator trusts one in Settings → Partner "
                  "shelters."), "warning"
    index = choose_partner(parent, [p.name for p in partners])
    if index is None:
        return "", ""
    end_stay = ask_end_stay(parent, partners[index].name)
    if end_stay is None:
        return "", ""
    path = save_file(parent, tr("Save the transfer package"), "transfer.sdx", tr(PACKAGE_FILTER),
                     default_suffix="sdx")
    if path is None:
        return "", ""
    try:
        services.transfer.export_for([survivor_id], partners[index].fingerprint, path, mark_transferred=end_stay)
    except ShelterDeskError as e:
        return shown(e), "error"
    done = (tr("Sealed for %1, recorded in the disclosure register and the case marked as transferred. Only that "
               "shelter can open the file.") if end_stay else
            tr("Sealed for %1 and recorded in the disclosure register. Only that shelter can open the file."))
    return done.replace("%1", partners[index].name), "success"
