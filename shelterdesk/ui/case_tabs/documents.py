"""Documents and immigration: identity papers, entry and overstay, embassy travel document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import DocumentStatus, DocumentType, ExitPermitStatus, TravelDocumentStatus
from ...domain.models import IdentityDocument, Survivor
from ..code_pickers import CodeListField
from ..form_fields import ChoiceField, DateField, Field, IntField, TextField
from ..form_layout import form_layout, heading
from ..shown import shown
from ..unsaved import status_follows_number
from ..vocabulary_labels import enum_options
from .base import SurvivorFormTab


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsTab", text)


class DocumentRow(QFrame):
    """One identity document; its fields use the keys documents[i].number etc."""

    def __init__(self, tab: DocumentsTab):
        super().__init__()
        self.setObjectName("DocumentRow")
        self.setStyleSheet("#DocumentRow { border: 1px solid palette(mid); border-radius: 4px; }")
        self.doc_type = ChoiceField(tr("Document type"), enum_options(DocumentType))
        self.number = TextField(tr("Document number"))
        self.issuing_country = CodeListField(tr("Issuing country"), "country", single=True)
        self.expiry = DateField(tr("Expiry date"))
        self.status = ChoiceField(tr("Document status"), enum_options(DocumentStatus))
        self.remove = QPushButton(tr("Remove document"))
        self.remove.setAccessibleName(tr("Remove document"))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: tab.remove_document(self))
        form = form_layout()
        form.addRow(tr("Type"), self.doc_type)
        form.addRow(tr("Number"), self.number)
        form.addRow(tr("Issued by"), self.issuing_country)
        form.addRow(tr("Expires"), self.expiry)
        form.addRow(tr("Where it is"), self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.addLayout(form)
        box.addLayout(bottom)
        for field in self.fields().values():
            field.changed.connect(tab.changed)
        status_follows_number(self.number.line, self.status)

    def fields(self) -> dict[str, Field]:
        return {"doc_type": self.doc_type, "number": self.number, "issuing_country": self.issuing_country,
                "expiry": self.expiry, "status": self.status}

    def load(self, doc: IdentityDocument) -> None:
        self.doc_type.set_value(doc.doc_type)
        self.number.set_value(doc.number)
        self.issuing_country.set_value(doc.issuing_country)
        self.expiry.set_value(doc.expiry)
        self.status.set_value(doc.status)

    def read(self, i: int) -> tuple[IdentityDocument, dict[str, str]]:
        doc = IdentityDocument(DocumentType(self.doc_type.value()), self.number.value(),
                               status=DocumentStatus(self.status.value()))
        errors = {}
        try:
            doc.issuing_country = self.issuing_country.value()
        except ValueError as e:
            errors[f"documents[{i}].issuing_country"] = shown(e)
        try:
            doc.expiry = self.expiry.value()
        except ValueError as e:
            errors[f"documents[{i}].expiry"] = shown(e)
        return doc, errors


class DocumentsTab(SurvivorFormTab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form.addRow(heading(tr("Identity documents")))
        self.rows: list[DocumentRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(12)
        self.form.addRow(self.rows_box)
        self.add_button = QPushButton(tr("Add a document"))
        self.add_button.setAccessibleName(tr("Add a document"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: (self.add_document(), self.changed.emit()))
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        self.form.addRow(line)
        self.section(tr("Immigration"), [
            (tr("Entry date"), "immigration.entry_date", DateField(tr("Entry date"))),
            (tr("Visa"), "immigration.visa_type", TextField(tr("Visa type"), tr("e.g. tourist, business (E)"))),
            (tr("Visa expiry"), "immigration.visa_expiry", DateField(tr("Visa expiry"))),
            (tr("Overstay days"), "immigration.overstay_days", IntField(tr("Overstay days"))),
            (tr("Overstay fine"), "immigration.overstay_fine",
             TextField(tr("Overstay fine"), tr("Amount and currency, as stated by immigration"))),
            (tr("Exit permit"), "immigration.exit_permit_status",
             ChoiceField(tr("Exit permit status"), enum_options(ExitPermitStatus))),
        ], {"immigration.exit_permit_status": ExitPermitStatus})
        self.section(tr("Embassy"), [
            (tr("Embassy case number"), "embassy_case_number", TextField(tr("Embassy case number"))),
            (tr("Travel document"), "travel_document_status",
             ChoiceField(tr("Travel document status"), enum_options(TravelDocumentStatus))),
        ], {"travel_document_status": TravelDocumentStatus})
        self.finish()
        self._read_only = False

    def add_document(self) -> DocumentRow:
        row = DocumentRow(self)
        row.remove.setVisible(not self._read_only)
        for field in row.fields().values():
            field.set_read_only(self._read_only)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def remove_document(self, row: DocumentRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.changed.emit()

    def _set_count(self, count: int) -> None:
        while len(self.rows) > count:
            self.rows.pop().deleteLater()
        while len(self.rows) < count:
            self.add_document()

    def load(self, survivor: Survivor) -> None:
        super().load(survivor)
        self._set_count(len(survivor.documents))
        for row, doc in zip(self.rows, survivor.documents, strict=True):
            row.load(doc)

    def write_into(self, survivor: Survivor) -> dict[str, str]:
        errors = super().write_into(survivor)
        survivor.documents = []
        for i, row in enumerate(self.rows):
            doc, problems = row.read(i)
            survivor.documents.append(doc)
            errors.update(problems)
        return errors

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        placed = super().show_errors(errors)
        for i, row in enumerate(self.rows):
            for name, field in row.fields().items():
                key = f"documents[{i}].{name}"
                if key in errors:
                    field.set_error(errors[key])
                    placed.append(key)
        return placed

    def snapshot(self) -> dict[str, Any]:
        snap = super().snapshot()
        snap["documents"] = [{k: f.raw() for k, f in row.fields().items()} for row in self.rows]
        return snap

    def restore(self, snapshot: dict[str, Any]) -> None:
        super().restore(snapshot)
        docs = snapshot.get("documents", [])
        self._set_count(len(docs))
        for row, raw in zip(self.rows, docs, strict=True):
            for key, value in raw.items():
                row.fields()[key].set_raw(value)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.remove.setVisible(not read_only)
            for field in row.fields().values():
                field.set_read_only(read_only)

    def clear(self) -> None:
        super().clear()
        self._set_count(0)
