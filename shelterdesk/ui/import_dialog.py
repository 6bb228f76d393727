"""Import an existing register from a spreadsheet: map the columns, check every row, then import all or none.

The column mapping is guessed from the headers (English and Indonesian) and can
be corrected row by row; the preview shows the first rows as they will be
stored; every problem is listed by row, column and reason; likely duplicates
are listed and left out unless the person includes them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ShelterDeskError
from ..domain.models import Survivor
from ..services.importer import ImportCancelled, ImportPlan, SheetData, guess_mapping, read_sheet
from ..services.record_fields import RECORD_FIELDS
from ..services.registry import Services
from .file_dialogs import open_file
from .locale_format import country_name, show_date
from .messages import show_error, text_for
from .shown import shown as translated  # (this module names its own lists "shown")
from .vocabulary_labels import enum_label
from .widgets import hint_label, message_label, show_message

PREVIEW_ROWS = 20
PREVIEW_COLUMNS = ("family", "given", "native", "nationality", "sex", "dob", "passport", "admission_date", "status")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def ask_file(parent: QWidget | None) -> Path | None:
    return open_file(parent, _tr("Choose the spreadsheet to import"),
                     _tr("Spreadsheets (*.xlsx *.csv)"))


def stored_value(s: Survivor, name: str) -> str:
    """A planned case's field as the register will hold it."""
    value = {
        "family": s.family_name, "given": s.given_names, "native": s.native_name,
        "nationality": ", ".join(country_name(c) for c in s.nationalities), "sex": enum_label(s.sex),
        "dob": show_date(s.date_of_birth),
        "passport": s.documents[0].number if s.documents else "",
        "admission_date": show_date(s.stay.admission_date),
        "status": enum_label(s.status),
    }[name]
    return value.replace("_", " ")


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.path: Path | None = None
        self.sheet: SheetData | None = None
        self.plan: ImportPlan | None = None
        self.imported: list[str] = []
        self.setObjectName("importDialog")
        self.setWindowTitle(_tr("Import a register from a spreadsheet"))
        self.resize(1000, 720)

        self.file_label = QLabel(_tr("No file chosen."))
        choose = QPushButton(_tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.sheet_box = QComboBox()
        self.sheet_box.setAccessibleName(_tr("Sheet"))
        self.sheet_box.setVisible(False)
        self.sheet_box.activated.connect(lambda _i: self.load(self.path, self.sheet_box.currentText()))
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_box)

        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("importMapping")
        self.mapping.setAccessibleName(_tr("Which field each column fills"))
        self.mapping.setHorizontalHeaderLabels([_tr("Column in the file"), _tr("Example"), _tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS) + 1)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(_tr("The first rows as they will be stored"))
        labels = {f.name: translated(f.label) for f in RECORD_FIELDS}
        self.preview.setHorizontalHeaderLabels([_tr("Row")] + [labels[c] for c in PREVIEW_COLUMNS])
        self.preview.verticalHeader().setVisible(False)
        # Each column as wide as its title or its longest value: the table scrolls sideways.
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(_tr("Problems and likely duplicates"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.message = message_label()
        self.include_duplicates = QCheckBox(_tr("Also import the likely duplicates"))
        self.include_duplicates.toggled.connect(self._update_summary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = buttons.addButton(_tr("Check the rows"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(_tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(_tr(
            "Columns are matched to fields from their headers; correct any that are wrong. Nothing is imported "
            "until every row is correct, and then all rows are imported together.")))
        layout.addLayout(top)
        layout.addWidget(self.mapping, 2)
        layout.addWidget(QLabel(_tr("Preview: the first rows as they will be stored")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.include_duplicates)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- the file and its columns ----------------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_file(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path | None, sheet: str | None = None) -> None:
        if path is None:
            return
        try:
            data = read_sheet(path, sheet)
        except ShelterDeskError as e:
            show_error(self, e)
            return
        self.path, self.sheet = path, data
        self.file_label.setText(path.name)
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(data.sheet_names)
        if sheet:
            self.sheet_box.setCurrentText(sheet)
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(len(data.sheet_names) > 1)
        self._fill_mapping(guess_mapping(data))
        self.check_button.setEnabled(True)
        self.check()

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        self.mapping.setRowCount(len(sheet.headers))
        example = sheet.rows[0][1] if sheet.rows else []
        for i, header in enumerate(sheet.headers):
            label = sheet.labels[i] if i < len(sheet.labels) and sheet.labels[i] else ""
            name = header or _tr("(column {n})").format(n=i + 1)
            self.mapping.setItem(i, 0, QTableWidgetItem(f"{name} — {label}" if label else name))
            value = example[i] if i < len(example) else None
            self.mapping.setItem(i, 1, QTableWidgetItem("" if value is None else str(value)))
            box = QComboBox()
            box.setAccessibleName(_tr("Field for column {name}").format(name=name))
            box.addItem(_tr("— not imported —"), "")
            for f in RECORD_FIELDS:
                box.addItem(translated(f.label), f.name)
            box.setCurrentIndex(max(0, box.findData(mapping.get(i, ""))))
            box.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(i, 2, box)
            self.mapping.setRowHeight(i, max(self.mapping.rowHeight(i), box.sizeHint().height()))

    def current_mapping(self) -> dict[int, str]:
        out = {}
        for i in range(self.mapping.rowCount()):
            box = self.mapping.cellWidget(i, 2)
            if isinstance(box, QComboBox) and box.currentData():
                out[i] = box.currentData()
        return out

    def _mapping_changed(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        used = list(self.current_mapping().values())
        twice = sorted({name for name in used if used.count(name) > 1})
        show_message(self.message, _tr("Each field can be filled from one column only: {fields}.")
                     .format(fields=", ".join(twice)) if twice else _tr("The mapping changed: check the rows again."))

    # -- checking and importing ----------------------------------------------------------------
    def _progress(self, title: str, total: int) -> QProgressDialog:
        dialog = QProgressDialog(title, _tr("Cancel"), 0, max(total, 1), self)
        dialog.setWindowTitle(self.windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        return dialog

    def check(self) -> None:
        if self.sheet is None:
            return
        mapping = self.current_mapping()
        used = list(mapping.values())
        if len(used) != len(set(used)):
            return
        progress = self._progress(_tr("Checking the rows…"), len(self.sheet.rows))

        def step(done: int, total: int) -> None:
            if done % 200 == 0 or done == total:
                progress.setValue(done)
                QApplication.processEvents()
                if progress.wasCanceled():
                    raise ImportCancelled(_tr("Checking cancelled; nothing was imported."))

        try:
            self.plan = self.services.imports.plan(self.sheet, mapping, progress=step)
        except ShelterDeskError as e:
            self.plan = None
            show_message(self.message, text_for(e))
            self.import_button.setEnabled(False)
            return
        finally:
            progress.close()
        show_message(self.message, "")
        self._show_plan(self.plan)

    def _show_plan(self, plan: ImportPlan) -> None:
        first = [r for r in plan.rows if r.survivor is not None][:PREVIEW_ROWS]
        self.preview.setRowCount(len(first))
        for row, planned in enumerate(first):
            self.preview.setItem(row, 0, QTableWidgetItem(str(planned.row)))
            for col, name in enumerate(PREVIEW_COLUMNS, start=1):
                self.preview.setItem(row, col, QTableWidgetItem(stored_value(planned.survivor, name)))
        self.problems.clear()
        for row, column, message in plan.errors:  # the column as the file heads it
            self.problems.addItem(_tr("Row {row}, {column}: {message}").format(row=row, column=column,
                                                                              message=translated(message)))
        for r in plan.rows:
            if r.matches:
                self.problems.addItem(_tr("Row {row} may be the same person as {matches}").format(
                    row=r.row, matches=", ".join(translated(m) for m in r.matches)))
        self._update_summary()

    def _update_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        errors = len(plan.errors)
        duplicates = sum(1 for r in plan.rows if r.matches)
        ready = len(plan.to_write(self.include_duplicates.isChecked()))
        if errors:
            text = _tr("{rows} row(s) read; {errors} problem(s) to correct in the file before anything can be "
                       "imported.").format(rows=len(plan.rows), errors=errors)
        else:
            text = _tr("{rows} row(s) read; {ready} will be imported; {duplicates} likely duplicate(s).").format(
                rows=len(plan.rows), ready=ready, duplicates=duplicates)
        self.summary.setText(text)
        self.include_duplicates.setEnabled(duplicates > 0)
        self.import_button.setEnabled(not errors and ready > 0)

    def run_import(self) -> None:
        if self.plan is None:
            return
        total = len(self.plan.to_write(self.include_duplicates.isChecked()))
        progress = self._progress(_tr("Importing…"), total)

        def step(done: int, count: int) -> None:
            if done % 100 == 0 or done == count:
                progress.setValue(done)
                QApplication.processEvents()

        try:
            self.imported = self.services.imports.commit(
                self.plan, include_duplicates=self.include_duplicates.isChecked(), progress=step,
                cancelled=progress.wasCanceled)
        except ImportCancelled as e:
            show_message(self.message, translated(e))
            return
        except ShelterDeskError as e:
            show_error(self, e)
            return
        finally:
            progress.close()
        self.plan = None
        self.import_button.setEnabled(False)
        self.summary.setText(_tr("{n} case(s) imported.").format(n=len(self.imported)))
        show_message(self.message, "")
