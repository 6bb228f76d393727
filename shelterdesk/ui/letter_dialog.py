"""The letter dialog: pick template, language and fields, see the letter, then print or save it.

Nothing leaves without `services.letters.issue`: printing and saving first
issue the letter (kept in the vault, entered in the disclosure register), then
print or write exactly those bytes. The preview is rendered in memory and
records nothing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import AgencyKind
from ..domain.errors import ShelterDeskError
from ..domain.validation import language_name
from ..services.files import save_outside_vault
from ..services.letters import FieldChoice, LetterRequest
from ..services.registry import Services
from . import pdf_preview
from .messages import show_error
from .pdf_preview import PdfPreview
from .widgets import heading, message_label, show_message

PREVIEW_DELAY_MS = 350  # let the coordinator finish clicking before re-rendering


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterDialog", text)


class LetterDialog(QDialog):
    def __init__(self, services: Services, survivor_id: int, agency_id: int | None = None,
                 referral_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.svc = services
        self.survivor_id = survivor_id
        self.referral_id = referral_id
        if referral_id is not None:
            agency_id = services.referrals.get(referral_id).agency_id
        self.setWindowTitle(_tr("Referral letter"))  # never survivor data in a title
        self.setObjectName("letterDialog")
        self.resize(1180, 820)
        self._loading = True

        survivor = services.cases.get(survivor_id)
        self.agency = QComboBox(objectName="agency")
        for a in services.agencies.list():
            self.agency.addItem(f"{a.name} ({a.kind.value})", a.id)
        if agency_id is not None:
            self.agency.setCurrentIndex(self.agency.findData(agency_id))
        self.agency.setEnabled(referral_id is None)
        self.template = QComboBox(objectName="template")
        self.photo = QComboBox(objectName="photo")  # embassy letters: a stored photo, when consent allows
        self.photo.addItem(_tr("No photo"), None)
        for a in services.attachments.for_survivor(survivor_id):
            if a.media_type.is_image:
                self.photo.addItem(f"{a.name} ({a.added_at:%Y-%m-%d})", a.id)
        self.language = QComboBox(objectName="language")
        self.fields = QTreeWidget(objectName="fields")
        self.fields.setHeaderLabels([_tr("Field"), _tr("What will be printed")])
        self.fields.setRootIsDecorated(False)
        self.fields.setColumnWidth(0, 210)
        self.consent_label = QLabel(objectName="consentStatus")
        self.consent_label.setWordWrap(True)
        self.override = QLineEdit(objectName="overrideReason")
        self.override.setPlaceholderText(_tr("Why this letter must go without consent (kept in the register)"))
        self.override_row = QWidget()
        row = QVBoxLayout(self.override_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_tr("Override (coordinators and administrators):")))
        row.addWidget(self.override)
        self.role_notice = message_label()
        self.preview = PdfPreview(self)

        form = QFormLayout()
        form.addRow(_tr("Recipient"), self.agency)
        form.addRow(_tr("Letter"), self.template)
        form.addRow(_tr("Language"), self.language)
        form.addRow(_tr("Photo"), self.photo)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(heading(_tr("Letter for case {case}").format(case=survivor.case_number), 2))
        lv.addLayout(form)
        lv.addWidget(QLabel(_tr("Fields to disclose (only those the person's consent allows can be ticked):")))
        lv.addWidget(self.fields, 1)
        lv.addWidget(self.consent_label)
        lv.addWidget(self.override_row)
        lv.addWidget(self.role_notice)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([460, 720])

        self.print_button = QPushButton(_tr("Print…"), objectName="printLetter")
        self.save_button = QPushButton(_tr("Save as PDF…"), objectName="saveLetter")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(_tr("Printed or saved letters are plaintext; each one is recorded.")))
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.agency.currentIndexChanged.connect(self._agency_changed)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.language.currentIndexChanged.connect(self.schedule_preview)
        self.photo.currentIndexChanged.connect(self.schedule_preview)
        self.fields.itemChanged.connect(self.schedule_preview)
        self.override.textChanged.connect(self.schedule_preview)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)

        if not services.letters.can_issue():
            show_message(self.role_notice, _tr("Only coordinators and administrators can issue letters. Ask one "
                                               "of them to prepare this letter."))
            for w in (self.print_button, self.save_button, self.override, self.fields, self.template,
                      self.language, self.agency):
                w.setEnabled(False)
        self._loading = False
        self._agency_changed()

    # -- choices -----------------------------------------------------------------------
    def agency_id(self) -> int | None:
        return self.agency.currentData()

    def _agency_changed(self) -> None:
        agency_id = self.agency_id()
        if agency_id is None or self._loading:
            return
        self._loading = True
        try:
            self.template.clear()
            for info in self.svc.letters.templates_for(agency_id):
                self.template.addItem(info.titles.get("en", info.id), info.id)
            default = self.svc.letters.default_template(self.survivor_id, agency_id)
            self.template.setCurrentIndex(max(0, self.template.findData(default)))
            self._fill_fields(self.svc.letters.field_choices(self.survivor_id, agency_id))
            embassy = self.svc.agencies.get(agency_id).kind == AgencyKind.EMBASSY
            self.photo.setEnabled(embassy and self.photo.count() > 1)
            if not embassy:
                self.photo.setCurrentIndex(0)
            self._show_consent()
        finally:
            self._loading = False
        self._template_changed()

    def _template_changed(self) -> None:
        template_id, agency_id = self.template.currentData(), self.agency_id()
        if template_id is None or agency_id is None or self._loading:
            return
        self._loading = True
        try:
            self.language.clear()
            for code in self.svc.letters.languages(template_id):
                label = _tr("English only") if code == "en" else _tr("English and {language}").format(
                    language=language_name(code))
                self.language.addItem(label, code)
            default = self.svc.letters.default_language(template_id, agency_id)
            self.language.setCurrentIndex(max(0, self.language.findData(default)))
        finally:
            self._loading = False
        self.schedule_preview()

    def _fill_fields(self, choices: list[FieldChoice]) -> None:
        self.fields.clear()
        for c in choices:
            item = QTreeWidgetItem([c.label, c.value])
            item.setData(0, Qt.ItemDataRole.UserRole, c.key)
            item.setCheckState(0, Qt.CheckState.Checked if c.preselected else Qt.CheckState.Unchecked)
            if not c.allowed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(0, _tr("Consent for this kind of recipient does not allow this field."))
            self.fields.addTopLevelItem(item)

    def picked_fields(self) -> list[str]:
        out = []
        for i in range(self.fields.topLevelItemCount()):
            item = self.fields.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, Qt.ItemDataRole.UserRole))
        return out

    def _show_consent(self) -> None:
        consent = self.svc.letters.consent(self.survivor_id, self.agency_id())
        if consent is not None:
            text = _tr("Consent given on {date}").format(date=consent.given_on.isoformat())
            if consent.interpreter:
                text += _tr(" (interpreter: {name})").format(name=consent.interpreter)
            self.consent_label.setText(text)
            self.override_row.setVisible(False)
            self.override.clear()
        else:
            self.consent_label.setText(_tr("No valid consent for this kind of recipient (none recorded, withdrawn "
                                           "or expired). Record the person's consent in the case file, or write "
                                           "an override reason below; it is kept in the disclosure register."))
            self.override_row.setVisible(True)

    # -- preview, print, save --------------------------------------------------------------
    def request(self) -> LetterRequest:
        return LetterRequest(self.survivor_id, self.agency_id(), self.template.currentData() or "",
                             self.language.currentData() or "", self.picked_fields(), self.referral_id,
                             self.override.text(), photo_attachment_id=self.photo.currentData())

    def schedule_preview(self) -> None:
        if not self._loading:
            self._timer.start()

    def refresh_preview(self) -> None:
        """Render the letter as it would go out; nothing is stored or recorded."""
        self._timer.stop()
        if self.agency_id() is None:
            return
        try:
            self.preview.load(self.svc.letters.preview(self.request()))
        except ShelterDeskError as e:
            self.preview.show_text(str(e))

    def _issue(self) -> bytes | None:
        try:
            return self.svc.letters.issue(self.request()).pdf
        except ShelterDeskError as e:
            show_error(self, e)
            return None

    def print_letter(self) -> None:
        printer = pdf_preview.ask_printer(self)
        if printer is None:
            return
        pdf = self._issue()
        if pdf is not None:
            pdf_preview.print_pdf(pdf, printer)

    def save_letter(self) -> None:
        if not pdf_preview.warn_not_encrypted(self):
            return
        suggested = re.sub(r"[^A-Za-z0-9_-]+", "_", f"letter_{self.template.currentData() or 'referral'}") + ".pdf"
        path = pdf_preview.ask_save_path(self, suggested)
        if path is None:
            return
        pdf = self._issue()
        if pdf is None:
            return
        try:
            save_outside_vault(path, pdf)
        except (OSError, ShelterDeskError) as e:
            show_error(self, e if isinstance(e, ShelterDeskError) else ShelterDeskError(
                _tr("The file could not be written ({reason}). The letter is kept in the vault; re-print it "
                    "from the disclosure register.").format(reason=e.strerror or "error")))
