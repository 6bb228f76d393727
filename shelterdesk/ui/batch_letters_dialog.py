"""Batch letters: every case matching a filter gets a letter, one by one, with progress and Cancel.

The batch runs in chunks on the main thread (a zero-delay QTimer, one case per
tick): the vault is one SQLCipher connection, so a worker thread would have to
lock the whole UI out anyway, and this keeps every query on one thread while
the window stays responsive. With one PDF per letter, each letter is issued
(stored, recorded) and written on its own; letters issued before a Cancel stay
issued. With one PDF for all, each tick only renders a letter; at the end (or
at a Cancel) the rendered letters are recorded together with the combined file,
so a file that cannot be written records nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.countries import country_choices
from ..domain.enums import ACTIVE_CASE_STATUSES, CaseStatus, NeedCategory
from ..domain.errors import ShelterDeskError
from ..domain.queries import CaseQuery, CaseSummary
from ..letters import list_templates
from ..services.letters import BatchResult
from ..services.registry import Services
from . import operations, pdf_preview
from .form_fields import ui_locale
from .locale_format import language_name, show_number, template_title
from .shown import shown
from .vocabulary_labels import enum_label
from .widgets import fit_to_screen, heading, message_label, show_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchLettersDialog", text)


_OPEN = ",".join(sorted(ACTIVE_CASE_STATUSES))


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)


class BatchLettersDialog(QDialog):
    """Letters for every case a filter matches, or for the people picked in the register (`chosen`)."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 chosen: list[CaseSummary] | None = None):
        super().__init__(parent)
        self.svc = services
        self.chosen = chosen
        self.setWindowTitle(_tr("Batch letters"))
        self.setObjectName("batchLettersDialog")
        fit_to_screen(self, 760, 680)  # room for the status filter's long choices in every language
        self.result: BatchResult | None = None
        self.folder: Path | None = None
        self._cases: list[tuple[int, str, list[str]]] = []
        self._next = 0
        self._cancel = False
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._step)

        self.nationality = QComboBox(objectName="nationality")
        self.nationality.addItem(_tr("Any nationality"), "")
        for code, name in country_choices(ui_locale()).items():
            self.nationality.addItem(f"{name} ({code})", code)
        self.status = QComboBox(objectName="status")
        self.status.addItem(_tr("Open cases (intake, sheltered, awaiting repatriation)"), _OPEN)
        self.status.addItem(_tr("Any status"), "")
        for s in CaseStatus:
            self.status.addItem(enum_label(s), s.value)
        self.need = QComboBox(objectName="need")
        self.need.addItem(_tr("Any (no filter)"), "")
        for c in NeedCategory:
            self.need.addItem(enum_label(c), c.value)
        self.waiting_on_embassy = QCheckBox(_tr("Only cases with a referral still waiting on an embassy"),
                                            objectName="waitingOnEmbassy")
        self.template = QComboBox(objectName="template")
        self.template.addItem(_tr("Embassy letter (chosen from each person's open needs)"), "embassy")
        for info in list_templates():
            self.template.addItem(template_title(info.titles, info.id), info.id)
        self.agency = QComboBox(objectName="agency")
        self.agency.addItem(_tr("The embassy serving each person's nationality"), None)
        for a in services.agencies.list():
            self.agency.addItem(f"{a.name} ({enum_label(a.kind)})", a.id)
        self.language = QComboBox(objectName="language")
        self.language.addItem(_tr("Each recipient's letter language"), "")
        codes = sorted({code for info in list_templates() for code in info.languages})
        for code in codes:
            label = _tr("English only") if code == "en" else _tr("English and {language}").format(
                language=language_name(code))
            self.language.addItem(label, code)
        self.one_file = QRadioButton(_tr("One PDF with every letter"), objectName="oneFile")
        self.per_letter = QRadioButton(_tr("One PDF per letter (named by case number and reference)"),
                                       objectName="perLetter")
        self.one_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_file)
        group.addButton(self.per_letter)

        self.progress = QProgressBar(objectName="progress")
        self.progress.setValue(0)
        self.summary = QPlainTextEdit(objectName="summary")
        self.summary.setReadOnly(True)
        self.notice = message_label()
        self.start_button = QPushButton(_tr("Choose folder and start…"), objectName="start")
        self.cancel_button = QPushButton(_tr("Cancel"), objectName="cancel")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(_tr("Close"), objectName="close")

        for box in (self.nationality, self.status, self.need, self.template, self.agency, self.language):
            # Long country, agency and template names must not widen the dialog past a laptop screen.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(28)
        form = QFormLayout()
        if chosen is None:
            form.addRow(_tr("Nationality"), self.nationality)
            form.addRow(_tr("Case status"), self.status)
            form.addRow(_tr("Open need"), self.need)
            form.addRow("", self.waiting_on_embassy)
        else:
            count = len(chosen)
            picked = QLabel(self.tr("The %n person(s) selected in the register.", "", count), objectName="chosen")
            picked.setWordWrap(True)
            form.addRow(_tr("People"), picked)
        form.addRow(_tr("Letter"), self.template)
        form.addRow(_tr("Recipient"), self.agency)
        form.addRow(_tr("Language"), self.language)
        form.addRow(_tr("Output"), self.one_file)
        form.addRow("", self.per_letter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_tr("Letters for every matching case"), 2))
        layout.addLayout(form)
        warning = QLabel(_tr("Saved letters are plaintext PDFs, NOT encrypted. Each letter is kept in the "
                             "vault and entered in the disclosure register. Cases without consent, or "
                             "without an embassy for their nationality, are skipped and listed."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        layout.addWidget(self.notice)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        if not services.letters.can_issue():
            show_message(self.notice, _tr("Only coordinators and administrators can issue letters."))
            self.start_button.setEnabled(False)

    # -- the run -------------------------------------------------------------------------
    def query(self) -> CaseQuery:
        statuses = [CaseStatus(s) for s in (self.status.currentData() or "").split(",") if s]
        return CaseQuery(nationality=self.nationality.currentData(), statuses=statuses,
                         open_need_category=self.need.currentData(),
                         waiting_on_kind="embassy" if self.waiting_on_embassy.isChecked() else "")

    def start(self) -> None:
        template, agency = self.template.currentData(), self.agency.currentData()
        def cases_to_do() -> list[tuple[int, str, list[str]]]:
            self.svc.letters.check_batch(template, agency)
            if self.chosen is not None:
                return [(c.id, c.case_number, c.nationalities) for c in self.chosen]
            return self.svc.letters.batch_cases(self.query())
        cases = operations.run(self, cases_to_do)
        if cases is None:
            return
        if not cases:
            show_message(self.notice, _tr("No case matches this filter."))
            return
        if not pdf_preview.warn_not_encrypted(self, many=True):
            return
        folder = pdf_preview.ask_folder(self, self.svc.session.vault.directory)
        if folder is None:
            return
        self.folder, self._cases, self._next, self._cancel = folder, cases, 0, False
        self.result = BatchResult()
        self.progress.setRange(0, len(cases))
        self.progress.setValue(0)
        self.summary.clear()
        show_message(self.notice, "")
        self._set_running(True)
        self._timer.start()

    def cancel(self) -> None:
        self._cancel = True

    def is_running(self) -> bool:
        return self._timer.isActive()

    def _set_running(self, running: bool) -> None:
        for w in (self.start_button, self.close_button, self.nationality, self.status, self.need,
                  self.waiting_on_embassy, self.template, self.agency, self.language, self.one_file,
                  self.per_letter):
            w.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _step(self) -> None:
        assert self.result is not None
        if self._cancel or self._next >= len(self._cases):
            self.result.cancelled = self._cancel and self._next < len(self._cases)
            self._finish()
            return
        sid, case_number, nationalities = self._cases[self._next]
        # One file per letter: each is written before it is recorded (a failed write stops the batch);
        # one file for all: the letter is only rendered here. A failure stops the run and keeps what was done.
        combined = self.one_file.isChecked()
        if not operations.succeeded(self, lambda: self.svc.letters.batch_one(
                sid, case_number, nationalities, self.template.currentData(), self.agency.currentData(),
                self.language.currentData(), None, self.result, None if combined else self.folder, combined)):
            self._cancel = True
        self._next += 1
        self.progress.setValue(self._next)

    def _finish(self) -> None:
        self._timer.stop()
        self._set_running(False)
        result = self.result
        assert result is not None and self.folder is not None
        written = ""
        try:
            if result.drafts and self.one_file.isChecked():
                name = f"letters_{_safe(self.template.currentData())}_{len(result.drafts)}.pdf"
                self.svc.letters.finish_combined(result, self.folder / name)
                written = _tr("Saved {file} in {folder}.").format(file=name, folder=self.folder)
            elif result.issued:
                written = _tr("Saved {n} files in {folder}.").format(n=show_number(len(result.issued)), folder=self.folder)
        except ShelterDeskError as e:
            written = shown(e)
        issued, skipped = len(result.issued), len(result.skipped)  # lupdate reads plain names as %n only
        lines = [self.tr("Issued %n letter(s).", "", issued) + " " + self.tr("Skipped %n case(s).", "", skipped)]
        if result.cancelled:
            lines.append(_tr("Cancelled after {done} of {total} cases.").format(done=self._next,
                                                                             total=len(self._cases)))
        if written:
            lines.append(written)
        lines += [f"{case_number}  {letter.reference}" for case_number, letter in result.issued]
        lines += [_tr("Skipped {case}: {reason}").format(case=case_number, reason=shown(reason))
                  for case_number, reason in result.skipped]
        self.summary.setPlainText("\n".join(lines))

    def reject(self) -> None:
        if self.is_running():  # closing mid-run = cancel; the summary still comes
            self._cancel = True
            return
        super().reject()
