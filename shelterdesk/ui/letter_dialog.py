"""The letter dialog: pick template, language and fields, see the letter, then print or save it.

Nothing leaves without `services.letters.issue`: printing and saving first
issue the letter (kept in the vault, entered in the disclosure register), then
print or write exactly those bytes. The preview is rendered in memory and
records nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import AgencyKind, ReferralStatus
from ..services.files import check_output_path
from ..services.letters import FieldChoice, LetterRequest
from ..services.registry import Services
from . import operations, pdf_preview, printing
from .locale_format import language_name, show_date, template_title
from .pdf_preview import PdfPreview
from .shown import shown
from .widgets import fit_to_screen, heading, message_label, show_message

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
        fit_to_screen(self, 1280, 860)
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
        # What the letter will lack (no address for the recipient…): said before it goes out.
        self.warnings = message_label()
        self.warnings.setObjectName("letterWarnings")
        self.preview = PdfPreview(self)

        for box in (self.agency, self.template, self.language):
            # Long agency and template names must not take the room the letter preview needs.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(24)
        self.preview.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(_tr("Recipient"), self.agency)
        form.addRow(_tr("Letter"), self.template)
        form.addRow(_tr("Language"), self.language)
        form.addRow(_tr("Photo"), self.photo)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(heading(_tr("Letter for case {case}").format(case=survivor.case_number), 2))
        lv.addLayout(form)
        lv.addWidget(self.warnings)
        fields_label = QLabel(_tr("Fields to disclose (only those the person's consent allows can be ticked):"))
        fields_label.setWordWrap(True)
        lv.addWidget(fields_label)
        lv.addWidget(self.fields, 1)
        lv.addWidget(self.consent_label)
        lv.addWidget(self.override_row)
        lv.addWidget(self.role_notice)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)  # the letter gets the larger share, whatever the dialog's size
        splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])

        self.print_button = QPushButton(_tr("Print…"), objectName="printLetter")
        self.save_button = QPushButton(_tr("Save as PDF…"), objectName="saveLetter")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        plaintext = QLabel(_tr("Printed or saved letters are plaintext; each one is recorded."))
        plaintext.setWordWrap(True)
        bottom.addWidget(plaintext, 1)
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
                self.template.addItem(template_title(info.titles, info.id), info.id)
            default = self.svc.letters.default_template(self.survivor_id, agency_id)
            self.template.setCurrentIndex(max(0, self.template.findData(default)))
            self._fill_fields(self.svc.letters.field_choices(self.survivor_id, agency_id))
            embassy = self.svc.agencies.get(agency_id).kind == AgencyKind.EMBASSY
            self.photo.setEnabled(embassy and self.photo.count() > 1)
            if not embassy:
                self.photo.setCurrentIndex(0)
            self._show_consent()
            show_message(self.warnings, "\n".join(shown(w) for w in self.svc.letters.warnings(agency_id)))
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
            item = QTreeWidgetItem([shown(c.label), c.value])
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
            text = _tr("Consent given on {date}").format(date=show_date(consent.given_on))
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
        operations.run(self, lambda: self.svc.letters.preview(self.request()), self.preview.load,
                       on_failure=lambda e: self.preview.show_text(operations.person_text(e)))

    def _issue(self, save_as: Callable[[str], Path] | None = None) -> bytes | None:
        letter = operations.run(self, lambda: self.svc.letters.issue(self.request(), save_as=save_as))
        if letter is None:
            return None
        self._offer_sent()
        return letter.pdf

    def _offer_sent(self) -> None:
        """The letter is the referral going out: offer to move a Draft referral to Sent."""
        if self.referral_id is None:
            return
        referral = self.svc.referrals.get(self.referral_id)
        if referral.status != ReferralStatus.DRAFT or ReferralStatus.SENT not in self.svc.referrals.allowed_next(
                referral):
            return
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Mark the referral as sent?"), _tr(
            "The letter for referral {reference} is issued. Mark the referral as Sent, so its follow-up "
            "date counts from today?").format(reference=referral.reference),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("markSent")
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("Mark as sent"))
        box.button(QMessageBox.StandardButton.No).setText(_tr("Keep as draft"))
        if box.exec() == QMessageBox.StandardButton.Yes:
            operations.run(self, lambda: self.svc.referrals.set_status(self.referral_id, ReferralStatus.SENT))

    def print_letter(self) -> None:
        printer = printing.ask_printer(self, _tr("Referral letter"))
        if printer is None:
            return
        target = printing.to_file(printer)
        if target is not None:  # printing to a file is saving a PDF: the same warning, check and order
            if not pdf_preview.warn_not_encrypted(self):
                return
            vault_dir = self.svc.session.vault.directory
            path = operations.run(self, lambda: check_output_path(target, vault_dir))
            if path is not None:
                self._issue(save_as=lambda _reference: path)
            return
        pdf = self._issue()
        if pdf is not None:
            operations.run(self, lambda: printing.print_pdf(pdf, printer))

    def save_letter(self) -> None:
        if not pdf_preview.warn_not_encrypted(self):
            return
        suggested = re.sub(r"[^A-Za-z0-9_-]+", "_", f"letter_{self.template.currentData() or 'referral'}") + ".pdf"
        path = pdf_preview.ask_save_path(self, suggested, self.svc.session.vault.directory)
        if path is None:
            return
        # Written first, recorded once the file is there: a failed write is not a disclosure.
        self._issue(save_as=lambda _reference: path)
