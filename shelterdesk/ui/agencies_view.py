"""The agency directory: embassies, anti-trafficking agencies, police and service providers.

Coordinators and administrators add, edit and delete entries; everyone else
reads them (the service refuses their changes anyway).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import AgencyKind
from ..domain.errors import ValidationError
from ..domain.models import Agency
from ..services.registry import Services
from ..services.session import LETTER_ROLES
from . import operations
from .case_tabs.base import record_table
from .case_tabs.record_list import RecordSelection
from .code_pickers import CodeListField
from .form_fields import ChoiceField, Field, MultiLineField, TextField
from .form_layout import form_layout, heading
from .notice_bar import NoticeBar
from .shown import shown
from .table_models import agencies_model
from .vocabulary_labels import enum_label, enum_options
from .widgets import scrolling


def tr(text: str) -> str:
    return QCoreApplication.translate("AgenciesView", text)


class AgenciesView(RecordSelection, QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.can_edit = services.session.can(LETTER_ROLES)
        self.current: Agency | None = None
        self.model = agencies_model(self)
        self.table = record_table(self.model)
        self.table.setAccessibleName(tr("Agencies"))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Agency kind"))
        self.kind_filter.addItem(tr("All kinds"), None)
        for kind in AgencyKind:
            self.kind_filter.addItem(enum_label(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.notice = NoticeBar()

        self.kind = ChoiceField(tr("Kind"), enum_options(AgencyKind))
        self.name = TextField(tr("Name"))
        self.nationalities = CodeListField(tr("Nationalities served"), "country")
        self.address = MultiLineField(tr("Address"))
        self.address.edit.setMaximumHeight(80)
        self.contact_person = TextField(tr("Contact person"))
        self.phone = TextField(tr("Phone"))
        self.email = TextField(tr("Email"))
        self.letter_language = CodeListField(tr("Letter language"), "language", single=True)
        self.notes = MultiLineField(tr("Notes"))
        self.notes.edit.setMaximumHeight(80)
        self.fields: dict[str, Field] = {
            "kind": self.kind, "name": self.name, "nationalities": self.nationalities, "address": self.address,
            "contact_person": self.contact_person, "phone": self.phone, "email": self.email,
            "letter_language": self.letter_language, "notes": self.notes,
        }
        form = form_layout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow pane: each label above its field
        labels = {"kind": tr("Kind"), "name": tr("Name"), "nationalities": tr("Serves nationals of"),
                  "address": tr("Address"), "contact_person": tr("Contact person"), "phone": tr("Phone"),
                  "email": tr("Email"), "letter_language": tr("Letter language"), "notes": tr("Notes")}
        for key, field in self.fields.items():
            form.addRow(labels[key], field)
            field.set_read_only(not self.can_edit)

        self.new_button = QPushButton(tr("New agency"))
        self.save_button = QPushButton(tr("Save agency"))
        self.delete_button = QPushButton(tr("Delete agency"))
        for b, slot in ((self.new_button, self.new), (self.save_button, self.save), (self.delete_button, self.delete)):
            b.setAccessibleName(b.text())
            b.clicked.connect(slot)
            b.setVisible(self.can_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 8, 0)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Show")))
        filters.addWidget(self.kind_filter)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        left_box.addLayout(filters)
        left_box.addWidget(self.table, 1)
        self.editor = QWidget()
        right_box = QVBoxLayout(self.editor)
        right_box.setContentsMargins(16, 0, 0, 0)
        self.editor_title = heading(tr("Agency"))
        right_box.addWidget(self.editor_title)
        if not self.can_edit:
            hint = QLabel(tr("Only coordinators and administrators can change the directory."))
            hint.setWordWrap(True)
            right_box.addWidget(hint)
        right_box.addLayout(form)
        right_box.addLayout(buttons)
        right_box.addStretch(1)
        self.editor.setEnabled(False)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolling(self.editor))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(heading(tr("Agency directory")))
        outer.addWidget(self.notice)
        outer.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        keep = self.current.id if self.current is not None else None
        self.model.set_rows(self.services.agencies.list(self.kind_filter.currentData()))
        if keep is not None:
            self.select(keep)

    def _show_selected(self) -> None:
        agency = self.selected()
        if agency is not None:
            self.load(agency)

    def load(self, agency: Agency) -> None:
        self.current = agency
        self.editor.setEnabled(True)
        self.editor_title.setText(agency.name or tr("New agency"))
        self.kind.set_value(agency.kind)
        for key in ("name", "address", "contact_person", "phone", "email", "notes"):
            self.fields[key].set_value(getattr(agency, key))
        self.nationalities.set_value(agency.nationalities)
        self.letter_language.set_value(agency.letter_language)
        for field in self.fields.values():
            field.set_error(None)
        self.delete_button.setEnabled(agency.id is not None)

    def new(self) -> None:
        self.table.clearSelection()
        self.load(Agency(kind=AgencyKind(self.kind_filter.currentData() or AgencyKind.EMBASSY), name=""))
        self.name.setFocus()

    def save(self) -> None:
        if self.current is None:
            return
        agency = Agency(kind=AgencyKind(self.kind.value()), name=self.name.value(), id=self.current.id,
                        address=self.address.value(), contact_person=self.contact_person.value(),
                        phone=self.phone.value(), email=self.email.value(), notes=self.notes.value())
        errors = {}
        for key, picker in (("nationalities", self.nationalities), ("letter_language", self.letter_language)):
            try:
                setattr(agency, key, picker.value())
            except ValueError as e:
                errors[key] = shown(e)
        if errors:
            self._show_errors(errors)
            return
        saved = operations.run(self, lambda: self.services.agencies.save(agency),
                               handlers={ValidationError: lambda e: self._show_errors(e.errors)},
                               on_failure=operations.in_notice(self.notice))
        if saved is None:
            return
        self.notice.show_message(tr("Saved."), "success")
        self.current = saved
        self.refresh()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, message in errors.items():
            self.fields.get(key, self.name).set_error(message)
        self.notice.show_message(tr("Nothing was saved. Each message is next to its field."), "error")

    def delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        agency_id = self.current.id
        if not operations.succeeded(self, lambda: self.services.agencies.delete(agency_id),
                                    on_failure=operations.in_notice(self.notice)):
            return
        self.notice.show_message(tr("Deleted."), "success")
        self.current = None
        self.editor.setEnabled(False)
        self.refresh()

    def clear(self) -> None:
        self.model.clear()
        self.current = None
        for field in self.fields.values():
            field.set_raw(None)
        self.editor.setEnabled(False)
