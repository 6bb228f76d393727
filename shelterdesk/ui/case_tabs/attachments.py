"""Scans, photos and signed forms kept with the case inside the vault: list, preview, add, save a copy, remove.

The files are checked and cleaned by the attachment service; this tab only
shows them. Previews are decoded from memory, never from a temp file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.attachments import Attachment, AttachmentKind
from ...domain.errors import ShelterDeskError
from ...services.registry import Services
from ..admin_helpers import confirm
from ..file_dialogs import open_file, save_file
from ..forms import ChoiceField, heading
from ..locale_format import show_number
from ..pdf_preview import PdfPreview
from ..shown import shown
from ..table_models import Column, RecordTableModel, fmt_date
from ..widgets import message_label, show_message
from .record_list import RecordListTab

_KIND_LABELS = {
    AttachmentKind.PASSPORT_SCAN: QT_TRANSLATE_NOOP("AttachmentsTab", "Passport scan"),
    AttachmentKind.ID_SCAN: QT_TRANSLATE_NOOP("AttachmentsTab", "Identity paper scan"),
    AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("AttachmentsTab", "Photo"),
    AttachmentKind.CONSENT_FORM: QT_TRANSLATE_NOOP("AttachmentsTab", "Signed consent form"),
    AttachmentKind.OTHER: QT_TRANSLATE_NOOP("AttachmentsTab", "Other document"),
}
PREVIEW_SIDE = 420


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsTab", text)


def kind_label(kind: AttachmentKind) -> str:
    return tr(_KIND_LABELS[kind])


def size_text(size: int) -> str:
    return tr("%1 MB").replace("%1", show_number(round(size / 1048576, 1))) if size >= 1048576 else \
        tr("%1 kB").replace("%1", show_number(max(1, round(size / 1024))))


def attachments_model(parent=None) -> RecordTableModel[Attachment]:
    return RecordTableModel([
        Column(tr("What"), lambda a: kind_label(a.kind)),
        Column(tr("File"), lambda a: a.name),
        Column(tr("Size"), lambda a: size_text(a.size)),
        Column(tr("Added"), lambda a: fmt_date(a.added_at.astimezone().date())),
        Column(tr("By"), lambda a: a.added_by),
    ], parent=parent)


class AttachmentsTab(RecordListTab):
    def __init__(self, services: Services, survivor_id: int, read_only: bool, parent: QWidget | None = None):
        super().__init__(services, survivor_id, read_only, parent)
        self.set_up_list(attachments_model(self), tr("Attachments"))
        explain = QLabel(tr("Scans of identity papers, photos for travel documents and signed consent forms, "
                            "kept encrypted inside the vault. PDF, JPEG or PNG up to 25 MB; photos lose their "
                            "location and camera details when they are added."))
        explain.setWordWrap(True)

        self.kind = ChoiceField(tr("What it is"), [(k.value, kind_label(k)) for k in AttachmentKind])
        self.add_button = QPushButton(tr("Add a file…"))
        self.add_button.setAccessibleName(tr("Add a file"))
        self.add_button.clicked.connect(self.choose_and_add)
        self.save_button = QPushButton(tr("Save a copy…"))
        self.save_button.setAccessibleName(tr("Save a copy"))
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button = QPushButton(tr("Remove…"))
        self.remove_button.setAccessibleName(tr("Remove the file"))
        self.remove_button.clicked.connect(self.remove)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(tr("What it is")))
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        add_row.addWidget(self.save_button)
        add_row.addWidget(self.remove_button)

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(tr("Preview of the image"))
        self.pdf = PdfPreview()
        self.pdf.view.setPageMode(QPdfView.PageMode.SinglePage)  # the first page; a scan is read in full elsewhere
        self.empty = message_label()
        self.empty.setObjectName("hint")  # "no files yet" is a calm hint, not an error
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview = QStackedWidget()
        for w in (self.empty, self.image, self.pdf):
            self.preview.addWidget(w)
        self.preview.setMinimumWidth(PREVIEW_SIDE // 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 16)
        outer.addWidget(heading(tr("Attachments")))
        outer.addWidget(explain)
        if not read_only:
            outer.addLayout(add_row)
        outer.addWidget(self.notice)
        outer.addWidget(split, 1)
        for w in (self.kind, self.add_button, self.save_button, self.remove_button):
            w.setVisible(not read_only)
        self._show_selected()

    def refresh(self) -> None:
        self.show_rows(self.services.attachments.for_survivor(self.survivor_id))
        if not self.model.rows:
            show_message(self.empty, tr("No files are stored with this case yet."))

    def _show_selected(self) -> None:
        attachment = self.selected()
        for b in (self.save_button, self.remove_button):
            b.setEnabled(attachment is not None)
        if attachment is None:
            self.pdf.clear()
            self.image.clear()
            show_message(self.empty, tr("Choose a file in the list to see it here.") if self.model.rows
                         else tr("No files are stored with this case yet."))
            self.preview.setCurrentWidget(self.empty)
            return
        try:
            data = self.services.attachments.content(attachment.id)
        except ShelterDeskError as e:
            self.notice.show_message(shown(e), "error")
            return
        if attachment.media_type.is_image:
            pixmap = QPixmap.fromImage(QImage.fromData(data))
            if pixmap.isNull():  # beyond Qt's image memory limit: the file itself is fine
                show_message(self.empty, tr("This image is too large to preview here. Save a copy to view it."))
                self.preview.setCurrentWidget(self.empty)
                return
            self.image.setPixmap(pixmap.scaled(PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
            self.preview.setCurrentWidget(self.image)
        else:
            self.pdf.load(data)
            self.preview.setCurrentWidget(self.pdf)

    def choose_and_add(self) -> None:
        path = open_file(self, tr("Add a scan, photo or signed form"),
                         tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)"))
        if path is None:
            return
        try:
            added = self.services.attachments.add_file(self.survivor_id, path, self.kind.value())
        except ShelterDeskError as e:
            self.notice.show_message(shown(e), "error")
            return
        self.notice.show_message(tr("Stored inside the vault. The original file on this computer is unchanged and "
                                    "NOT encrypted: delete it if it is no longer needed."), "success")
        self.refresh()
        self.select(added.id)
        self.records_changed.emit()

    def save_copy(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        if not confirm(self, tr("Save a copy outside the vault"), tr(
                "The copy is NOT encrypted: anyone who can open the file can see it. Save it only to a place you "
                "control, and delete it once it has served its purpose. Saving it is recorded in the history."),
                tr("Save a copy")):
            return
        path = save_file(self, tr("Save a copy"), f"attachment-{attachment.id}{attachment.media_type.suffix}",
                         tr("Files (*%1)").replace("%1", attachment.media_type.suffix),
                         default_suffix=attachment.media_type.suffix[1:])
        if path is None:
            return
        try:
            self.services.attachments.save_copy(attachment.id, path)
        except ShelterDeskError as e:
            self.notice.show_message(shown(e), "error")
            return
        self.notice.show_message(tr("Copy saved. It is not encrypted."), "success")
        self.records_changed.emit()

    def remove(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        if not confirm(self, tr("Remove the file"), tr(
                "The file is deleted from the vault for good. This cannot be undone."), tr("Remove the file")):
            return
        try:
            self.services.attachments.remove(attachment.id)
        except ShelterDeskError as e:
            self.notice.show_message(shown(e), "error")
            return
        self.notice.show_message(tr("The file was removed."), "success")
        self.refresh()
        self.records_changed.emit()

    def clear(self) -> None:
        self.model.clear()
        self.pdf.clear()
        self.image.clear()
