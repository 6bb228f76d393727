"""Intake: register a person in under two minutes with what is known.

Keyboard first: the cursor starts in the family name, Tab walks down the form,
Enter registers, Esc cancels. Possible duplicates are shown before anything
is saved; the person can open one of them instead, or confirm that this is a
different person.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import DocumentStatus, DocumentType, Sex, Vulnerability
from ..domain.errors import DuplicateSuspected, ValidationError
from ..domain.models import IdentityDocument, ShelterStay, Survivor
from ..services.registry import Services
from . import operations
from .case_tabs.base import clear_layout
from .code_pickers import CodeListField
from .form_fields import CheckField, ChecksField, ChoiceField, DateField, Field, IntField, TextField
from .form_layout import form_layout, heading
from .notice_bar import NoticeBar
from .shown import shown
from .unsaved import AsksBeforeDiscard, status_follows_number
from .vocabulary_labels import enum_options
from .widgets import fit_to_screen


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeDialog", text)


class IntakeDialog(AsksBeforeDiscard):
    """Emits `registered(id)` after saving, or `open_case(id)` when the person is already registered."""

    registered = Signal(int)
    open_case = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("Register a person"))
        self.setModal(True)
        fit_to_screen(self, 720, 840)  # a 1366x768 laptop shows it whole, buttons included

        self.family = TextField(tr("Family name"), tr("As in the passport, Latin letters"))
        self.given = TextField(tr("Given names"), tr("As in the passport, Latin letters"))
        self.native = TextField(tr("Name in native script"), tr("e.g. 张伟, សុខ ដារ៉ា, محمد أحمد"))
        self.sex = ChoiceField(tr("Sex"), enum_options(Sex))
        self.sex.set_value(Sex.UNKNOWN)
        self.dob = DateField(tr("Date of birth"))
        self.age = IntField(tr("Estimated age"), tr("years"))
        self.estimated = CheckField(tr("Date of birth or age is estimated"))
        self.nationalities = CodeListField(tr("Nationality"), "country")
        self.languages = CodeListField(tr("Languages"), "language")
        self.interpreter = CheckField(tr("Needs an interpreter"))
        self.passport = TextField(tr("Passport number"), tr("Leave empty if not known"))
        self.passport_status = ChoiceField(tr("Passport status"), enum_options(DocumentStatus))
        self.passport_status.set_value(DocumentStatus.NONE)
        self.vulnerabilities = ChecksField(tr("Vulnerabilities"), enum_options(Vulnerability), columns=4)
        self.admission = DateField(tr("Admission date"))
        self.admission.set_value(services.session.clock.today())
        self.fields: dict[str, Field] = {
            "family_name": self.family, "given_names": self.given, "native_name": self.native,
            "sex": self.sex, "date_of_birth": self.dob, "estimated_age": self.age,
            "dob_estimated": self.estimated, "nationalities": self.nationalities, "languages": self.languages,
            "interpreter_needed": self.interpreter, "documents[0].number": self.passport,
            "documents[0].status": self.passport_status, "vulnerabilities": self.vulnerabilities,
            "stay.admission_date": self.admission,
        }

        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(24, 8, 24, 8)
        sections = [
            (tr("Name"), [(tr("Family name"), self.family), (tr("Given names"), self.given),
                          (tr("Native script"), self.native)]),
            (tr("About the person"), [(tr("Sex"), self.sex), (tr("Date of birth"), self.dob),
                                      (tr("Estimated age"), self.age), ("", self.estimated)]),
            (tr("Nationality and language"), [(tr("Nationality"), self.nationalities),
                                              (tr("Languages"), self.languages), ("", self.interpreter)]),
            (tr("Passport"), [(tr("Number"), self.passport), (tr("Status"), self.passport_status)]),
            (tr("Situation"), [(tr("Vulnerabilities"), self.vulnerabilities),
                               (tr("Admission date"), self.admission)]),
        ]
        form = form_layout()
        for title, rows in sections:
            form.addRow(heading(title))
            for label, field in rows:
                form.addRow(label, field)
        col.addLayout(form)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.notice = NoticeBar()
        self.duplicates = QFrame()
        self.duplicates.setObjectName("Duplicates")
        self.duplicates.setStyleSheet("#Duplicates { background: #fdf3e1; border: 1px solid #ecc98a;"
                                      " border-radius: 4px; }")
        self.duplicates_box = QVBoxLayout(self.duplicates)
        self.duplicates_box.setContentsMargins(16, 12, 16, 12)
        self.duplicates.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr("Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(tr("Register"))
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel"))
        self.save_button.clicked.connect(lambda: self.save())
        cancel.clicked.connect(self.cancel)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 16)
        for widget in (self.notice, self.duplicates):
            wrap = QHBoxLayout()
            wrap.setContentsMargins(24, 0, 24, 0)
            wrap.addWidget(widget)
            outer.addLayout(wrap)
        outer.addWidget(scroll, 1)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 8, 24, 0)
        bar.addWidget(self.buttons)
        outer.addLayout(bar)

        order = [self.family.line, self.given.line, self.native.line, self.sex.combo, self.dob.line,
                 self.age.line, self.estimated.box, self.nationalities.line, self.languages.line,
                 self.interpreter.box, self.passport.line, self.passport_status.combo,
                 *self.vulnerabilities.boxes.values(), self.admission.line, self.save_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        for field in self.fields.values():
            field.changed.connect(self._edited)
        status_follows_number(self.passport.line, self.passport_status)
        self.discard_what = tr("this intake")
        self._untouched = self._typed()
        self.family.setFocus()

    def _typed(self) -> list:
        return [field.raw() for field in self.fields.values()]

    def has_unsaved_input(self) -> bool:
        return self._typed() != self._untouched

    # -- reading the form ------------------------------------------------------------
    def _survivor(self) -> tuple[Survivor, dict[str, str]]:
        """The record as typed, and the problems the form itself can see."""
        errors: dict[str, str] = {}
        s = Survivor(family_name=self.family.text(), given_names=self.given.text(), native_name=self.native.text(),
                     sex=Sex(self.sex.value()), dob_estimated=self.estimated.value(),
                     interpreter_needed=self.interpreter.value(),
                     vulnerabilities=[Vulnerability(v) for v in self.vulnerabilities.value()])
        for key, field in (("date_of_birth", self.dob), ("estimated_age", self.age)):
            try:
                setattr(s, key, field.value())
            except ValueError as e:
                errors[key] = shown(e)
        try:
            s.stay = ShelterStay(admission_date=self.admission.value())
        except ValueError as e:
            errors["stay.admission_date"] = shown(e)
        for key, picker in (("nationalities", self.nationalities), ("languages", self.languages)):
            problem = picker.commit_pending()
            if problem:
                errors[key] = problem
        s.nationalities = self.nationalities.codes()
        s.languages = self.languages.codes()
        status = DocumentStatus(self.passport_status.value())
        if self.passport.text().strip() or status != DocumentStatus.NONE:
            s.documents = [IdentityDocument(DocumentType.PASSPORT, self.passport.text().strip(), status=status)]
        return s, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for key, message in errors.items():
            field = self.fields.get(key) or self.fields.get(key.split(".")[0])
            if field is None:
                self.notice.show_message(shown(message), "error")
                continue
            field.set_error(message)
            first = first or field
        if first is not None:
            first.setFocus()

    # -- saving ------------------------------------------------------------------------
    def save(self, confirm_not_duplicate: bool = False) -> bool:
        """Register the person; True when saved."""
        self.notice.hide()
        survivor, errors = self._survivor()
        if errors:
            self.show_errors(errors)
            return False
        saved = operations.run(
            self, lambda: self.services.cases.register(survivor, confirm_not_duplicate=confirm_not_duplicate),
            handlers={DuplicateSuspected: lambda e: self._show_duplicates(shown(e), e.candidates),
                      ValidationError: lambda e: self.show_errors(e.errors)},
            on_failure=operations.in_notice(self.notice))
        if saved is None:
            return False
        self.registered.emit(saved.id)
        self.accept()
        return True

    def _edited(self) -> None:
        # The duplicate check was for what was typed before; check again on the next save.
        self.duplicates.hide()

    def _show_duplicates(self, message: str, candidates: list) -> None:
        clear_layout(self.duplicates_box)
        title = QLabel(tr("This person may already be registered. Check before saving."))
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.duplicates_box.addWidget(title)
        for c in candidates:
            row = QHBoxLayout()
            names = " · ".join(p for p in (c.display_name, c.native_name) if p)
            text = QLabel(f"<b>{_esc(c.case_number)}</b>&nbsp;&nbsp;{_esc(names)}<br>"
                          f"<span>{_esc(_reason(c.reason))}</span>")
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            row.addWidget(text, 1)
            open_button = QPushButton(tr("Open %1").replace("%1", c.case_number))
            open_button.setAccessibleName(tr("Open %1").replace("%1", c.case_number))
            open_button.setAutoDefault(False)
            open_button.clicked.connect(lambda _c=False, sid=c.id: self._open_existing(sid))
            row.addWidget(open_button)
            self.duplicates_box.addLayout(row)
        different = QPushButton(tr("This is a different person — register"))
        different.setAccessibleName(tr("This is a different person — register"))
        different.setAutoDefault(False)
        different.clicked.connect(lambda: self.save(confirm_not_duplicate=True))
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(different)
        self.duplicates_box.addLayout(line)
        self.duplicates.show()
        different.setFocus()

    def _open_existing(self, survivor_id: int) -> None:
        self.open_case.emit(survivor_id)
        self.reject()  # the person is already registered: what was typed is not needed


# The service gives its reasons in English; these make them translatable.
_REASONS = {
    "same document number": QT_TRANSLATE_NOOP("IntakeDialog", "Same document number"),
    "similar name, same date of birth": QT_TRANSLATE_NOOP("IntakeDialog", "Similar name, same date of birth"),
    "similar name, same nationality": QT_TRANSLATE_NOOP("IntakeDialog", "Similar name, same nationality"),
}


def _reason(reason: str) -> str:
    return tr(_REASONS.get(reason, reason))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
